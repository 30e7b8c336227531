// Made by the project's gen-dataset tool (`gen-dataset --rows 280 --seed 7
// --enrollment-ratio 1.0`), kept as Swift source so that the test target needs no
// resource declaration. The tool's students.csv, without its final line break.
extension DetectionFixtures {
    static let studentsCSV = #"""
student_id,first_name,last_name,email,phone,ssn,date_of_birth,street_address,city,state,zip,ip_address,credit_card,gpa,enrolled_on,major,is_active,notes
100001,さくら,de la Cruz,delacruz.sakura91@icloud.com,475.332.7699,346-79-7994,2003-09-12,"2811 Pine Ave, Suite 18A",Sacramento,CA,95803,152.183.254.16,4222107708334542,3.20,2024-01-28,Sociology,false,Résumé reviewed ✓
100002,George,Åström,gastrom2@protonmail.com,423.214.7831,413-42-8093,1996-10-16,5236 Forest Ct,Cambridge,MA,02103,209.156.172.5,4557-3293-3325-6503,2.68,2017-08-16,Anthropology,true,
100003,Sandra,Smith-Jones,ssmithjones3@protonmail.com,795.942.0231,552-43-7190,1996-01-17,3811 College Pkwy,Raleigh,nc,27638,7.164.126.59,4137270902039608,3.47,2013-01-11,History,true,
100004,Priya,Dvořák,pdvorak4@protonmail.com,779-441-4691,156-99-2214,2006-11-26,1420 Jefferson Rd,New Orleans,LA,70140,117.156.161.245,6011 9639 7210 4031,3.00,2024-08-15,Statistics,true,
100005,Mary,de la Cruz,mary.delacruz5@mail.example.org,313-672-4939,026-88-6975,2006-12-07,5267 Hill Terrace,Madison,WI,53704,117.30.147.43,4979795706279464,3.11,2023-06-11,Electrical Engineering,false,
100006,Çağla,Sánchez,cagla.sanchez6@uni.example.ac.uk,(367) 397-7361,,2006-09-13,4807 Pine Avenue,Des Moines,ia,50337,53.193.162.232,4003038784708520,2.40,2024-08-18,Economics,true,
100007,Björn,Clark,bjorn.clark@students.example.edu,(356) 685-0763,710-71-5244,2000-01-21,2315 Willow Rd,Brooklyn,NY,11295,103.77.82.39,6011 7235 6317 8939,2.97,2017-01-19,Mathematics,true,
100008,Małgorzata,Wilson,wilson.malgorzata1@uni.example.ac.uk,+1 943 620 0256,747-42-8469,1999-06-13,7065 Chestnut Drive,Boston,MA,02191,106.213.247.113,4809212446407971,3.10,2018-01-23,Communications,true,
100009,Robert,佐藤, robert.sato@protonmail.com ,(893) 898-5677,127-84-5576,1997-10-17,8600 Spring Street,Baltimore,MD,21249,169.215.179.78,4128-6862-6961-2011,2.76,2015-08-11,Nursing,true,"留学生 (exchange student), visa status OK"
100010,Steven,Robinson,srobinson10@example.edu,+1 266 265 8443,634-13-4567,1996-10-15,4053 Highland Avenue,Boise,ID,83775,23.253.105.89,,3.44,2013-08-12,Political Science,true,   whitespace around note   
100011,Mary,Ramirez,mary.ramirez@mail.example.org,721.983.8772,494-18-7103,1994-10-13,4611 Cesar Chavez Terrace,Brooklyn,NY,11258,208.172.71.1,5122108573430223,3.16,2012-08-27,Mechanical Engineering,true,
100012,민준,Chen,minjun_chen+sis@yahoo.com,704.540.6485,341-05-1702,2001-07-24,4015 Forest Blvd,Anchorage,AK,99527-3604,2636:6e1d:ed92:570e::73da,5440-9538-3559-9389,3.41,2019-06-16,Computer Science,true,
100013,Jürgen,Wójcik,jwojcik13@yahoo.com,440-517-0134,671-23-3901,1995-04-27,8183 El Camino Real Ct,Washington,DC,20019,2001:0caf:347c:4ca2:3b3c:c3e2:fe55:fff6,6011501345839535,2.95,2012-08-17,Art,true,
100014,Ryan,Åström,rastrom14@protonmail.com,+1 476 745 7756,677-55-8865,2003-05-22,348 Meadow Ct,San Diego,CA,92103-0635,44.124.31.116,4069385148445252,2.55,2023-08-23,Accounting,true,
100015,Kwame,Perez,perez.kwame8@mail.example.org,964-705-1131,400-55-4682,2005-07-25,1987 Spring Road,Detroit,MI,48281,154.21.253.217,5448748274288573,3.43,2023-08-25,Marketing,true,
100016,서연,,fischer.seoyeon9@example.edu,+1 788 884 9821,101-63-1248,2004-06-12,114 University Road,Albuquerque,NM,87185,3.192.49.54,5525585159745798,2.80,2024-01-16,Physics,true,"Student said ""I love this campus"" during advising"
100017,Jacob,GONZALEZ,gonzalez.jacob10@mail.example.org,+1 916 902 5984,341-15-4375,2005-07-27,3665 Valley Blvd,Athens,GA,30629,163.131.93.239,5235 8313 9099 7520,2.65,2023-06-17,Nursing,true,
100018,Raúl,Nguyen,nguyen.raul11@example.edu,(202) 754-3377,176-58-5014,1996-11-08,1479 Elm Rd,Portland,OR,97266,68.166.185.141,4723145794796962,2.73,2016-08-13,Art,true,
100019,Donald,Fischer,fischer.donald12@icloud.com,7502435555,234-66-3594,1994-03-03,4860 Franklin Rd,Tampa,FL,33677,159.213.102.38,4295317486720489,4.00,2017-06-23,null,true,NULL
100020,Sarah,Hill,hill.sarah13@gmail.com,338-497-3623,762-41-9142,2007-07-16,5222 Oak Avenue,Burlington,VT,05488,124.52.134.229,5283746504756615,3.13,2024-01-13,Environmental Science,true,
100021,さくら,Lewis,slewis21@icloud.com,5065575290,694-38-7089,2005-06-12,8329 Hill Avenue,Providence,RI,02903,137.221.197.7,372020285396691,3.14,2022-01-26,Art,true,
100022,敏  ,Martin,mmartin22@mail.example.org,(404) 797-8269,445-93-1726,2006-11-10,7328 Washington Way,Minneapolis,MN,55434,91.194.160.117,5366486022789653,3.37,2023-08-18,Philosophy,true,
100023,强,Wójcik,qwojcik23@protonmail.com,,672-49-4658,2003-03-27,"8854 Lake Pl, Unit 26D",Sacramento,CA,95849,170.118.16.124,6011260617569391,3.51,2020-01-23,English,true,
100024,伟,鈴木,wsuzuki24@students.example.edu,(697) 268-2702,055-15-3919,2005-05-20,"3388 Madison St, Apt. 32B",Charlottesville,VA,22994,150.67.34.63,4827442749576432,3.28,2024-06-16,Data Science,true,"On probation, GPA below 2.0, meets with advisor weekly"
100025,Sophia,Lewis,sophia_lewis+sis@students.example.edu,+1 599 687 2944,276-09-9673,2004-02-19,"503 Spring Terrace, # 27A",Honolulu,HI,96870,65.104.247.50,4744301445962611,2.18,2021-06-22,Education,false,
100026,Mark,佐藤,mark_sato+sis@protonmail.com,(978) 680-2893,273-24-4529,2004-06-01,7634 Park Way,Dallas,TX,75211,176.246.174.174,4421992235701035,3.22,2024-08-20,Education,true,
100027,Ivan,Park,ivan.park27@outlook.com,(560) 802-4618,320-53-3704,2006-02-22,"4277 Franklin Way, Apt 16D",Nashville,TN,37222,126.157.50.217,345969790841050,2.82,2024-08-16,Physics,false,
100028,Grace,Pérez,gperez28@yahoo.com,+1 407 214 0767,882-68-5926,2006-05-24,482 University Avenue,Tucson,AZ,85758,2.71.106.9,4623954450716094,2.91,2024-06-22,Physics,true,
100029,Đorđe,田中,dtanaka29@aol.com,(872) 895-5175,701-16-1699,2003-01-01,,Boulder,CO,80344,26.235.195.67,4040393271622048,3.04,2024-01-28,Education,true,
100030,Aisha,이,aisha.lee30@hotmail.com,933.583.9768,035-13-9785,1997-02-13,"2313 Valley Terrace, Apt. 33C",ANN ARBOR,MI,48101,125.28.12.64,379039272954406,3.57,2015-08-10,Civil Engineering,true,
100031,Ümit,Løvland,ulovland31@yahoo.com,459-501-9458,076-26-7823,2003-12-23,1610 Elm Way,Seattle,,98126,210.254.182.212,4920038285668306,3.66,2020-06-11,Electrical Engineering,true,
100032,BETTY,Davis,betty.davis@hotmail.com,,367-28-2184,2005-06-08,1798 Madison Ave,Minneapolis,,55445,2630:a2ac:244:5945:3b1b:c5da:5807:3792,4615092222604858,2.61,2024-01-10,English,true,
100033,Isabella,Thomas,isabella.thomas@gmail.com,7623853779,351-48-9879,1997-04-11,5052 Market Ln,Milwaukee,WI,53200,132.109.245.139,4319519881462268,2.95,2018-01-16,english,true,
100034,Timothy,Davis,davis.timothy27@uni.example.ac.uk,239.991.9227,022-92-5825,2001-10-03,"2133 Main Road, Apt. 17B",San Francisco,CA,94133,1.133.49.193,4529 8075 7127 7112,3.15,2018-08-10,Undeclared,true,"Emergency contact: Barbara Davis, (304) 233-1341"
100035,Sandra,de la Cruz,delacruz.sandra28@aol.com,367-696-1025,047-25-8840,02/07/1999,2357 Center St,Atlanta,GA,30352,94.225.232.38,5148653519654915,2.98,2020-01-16,Biology,false,"Line 1: address change
Line 2: new phone (251) 703-3847
Line 3: done"
100036,Siobhán,Thompson,siobhan_thompson+sis@protonmail.com,509.207.7318,212-02-8252,1997-02-26,"1703 Sunset Terrace, Apt. 31B",Miami,FL,33145,104.35.188.4,4432498919296687,3.33,2016-06-16,Economics,false,
100037,Charles,Hall,charles.hall@uni.example.ac.uk,217.486.9712,515-19-4604,2003-10-13,6682 Washington Way,Columbus,OH,43282,3.151.97.159,4890-6541-9662-3986,3.33,2023-06-15,Nursing,true,
100038,Richard,Thompson,richard_thompson+sis@hotmail.com,(484) 471-4312,750-68-9628,2002-12-11,4012 Church Rd,Milwaukee,WI,53225,198.8.77.55,4799293877688463,2.67,2021-01-10,Neuroscience,true,
100039,Ryan,Thompson,ryan_thompson+sis@uni.example.ac.uk,463.423.8728,339-26-6600,2006-10-01,,Cambridge,MA,02182,204.215.159.144,5254-8705-9295-1683,2.39,2024-08-22,Art,true,"On probation, GPA below 2.0, meets with advisor weekly"
100040,Matthew,Liu,matthew_liu+sis@example.edu,,899-90-5252,2001-10-02,"6278 Broadway Terrace, Unit 26B",Washington,DC,20091,13.12.129.233,5248 6791 9225 8640,2.15,2023-01-22,Computer Science,true,
100041,Laura,Öztürk,ozturk.laura34@outlook.com,521-489-6035,696-96-6737,1996-12-24,1598 Meadow Ave,Princeton,NJ,08537,46.214.33.245,,3.27,2014-01-17,History,true,
100042,María,McDonald,mmcdonald42@uni.example.ac.uk,+1 432 648 8056,519-59-8538,2001-03-21,"5139 Ridge Ave, Suite 13B",Minneapolis,MN,55443,58.197.229.19,4828-2541-3077-4933,2.66,2022-08-28,Civil Engineering,false,
100043,Gary,Ó Súilleabháin,gary.osuilleabhain@mail.example.org,984.254.4855,336-61-5538,2004-09-08,"5777 El Camino Real Ave, Apt. 34D",Ann Arbor,MI,48180,191.185.236.71,4292106439010483,3.33,2023-06-20,Environmental Science,true,"Prefers to be called ""Alex"", pronouns they/them"
100044,민준,Adeyemi,adeyemi.minjun37@example.edu,,578-95-4264,2002-01-16,"6789 Willow Ave, Ste 4C",Cleveland,OH,44181,216.24.159.192,4812436900789161,3.73,2023-01-19,Biology,true,
100045,Nancy,Lopez,nancy_lopez+sis@students.example.edu,817-525-2035,615-29-1147,1996-11-21,2422 Ridge Road,New Orleans,LA,70100,126.38.147.17,377415691624675,2.32,2017-06-24,Psychology,false,
100046,Michael,Wright,,630.476.2906,239-52-3937,2003-02-09,"9776 El Camino Real Rd, Ste 3A",Cambridge,MA,02112-5465,2001:4f2f:56ff:888a::2cd5,4694516475085732,2.58,2022-01-22,Mathematics,true,Contact parent at (643) 877-1353
100047,Mary,高橋,takahashi.mary40@example.edu,(550) 346-4150,531-70-0349,2007-02-12,5056 Highland Road,San Francisco,CA,94173,41.244.202.30,379737869811216,2.76,2024-01-20,History,true,
100048,Sebastián,White,swhite48@icloud.com,(643) 755-2717,739-73-2341,2001-02-22,1851 Pine Ln,Anchorage,AK,99561,10.237.69.208,4931 8990 7635 1791,2.65,2018-08-12,Statistics,true,
100049,서연,Gómez,seoyeon_gomez+sis@example.edu,882.527.6984,609470300,,7182 Main Terrace,Salt Lake City,UT,84135,2001:3eea:c647:ab4:7456:9ea6:ca9f:f86d,4101937160104439,3.24,2024-01-25,Music,true,"留学生 (exchange student), visa status OK"
100050,Ryan,O'Connor,ryan.oconnor@mail.example.org,748.939.6281,541-54-2628,2006-03-28,"9411 Chestnut St, # 15D",Nashville,TN,37241,53.201.82.38,5529 8355 2643 1978,3.45,2023-06-20,Mechanical Engineering,true,"Paid in full, receipt #18750, card ending 1978"
100051,Nuño,Rossi,nrossi51@students.example.edu,338.863.8435,389-56-1926,1996-07-03,"5465 Forest Street, Apt 39A",Athens ,GA,30633,84.20.68.141,4165894696591006,2.72,2017-01-23,Business Administration,false,
100052,Mary,Shah,mary.shah52@hotmail.com,346.599.4696,015-09-6706,1997-08-06,,Burlington,VT,05452,261b:6471:3675:1120:eea6:7419:c23c:defb,,3.25,2015-01-11,Music,true,"Scholarship: $28227.00, renewable"
100053,Olga,Brontë,olga.bronte@hotmail.com,2403933934,467-16-4236,1994-04-23,6692 Spring Avenue,Des Moines,IA,50310,31.146.169.15,5194 8217 0405 0016,2.45,2013-06-11,Anthropology,true,
100054,محمد,Παπαδόπουλος,papadopoulos.muhammad47@gmail.com,576.923.0162,192-27-8898,2000-11-17,7190 Market Ct,Baltimore,MD,21289,,4672 0139 5833 2480,3.14,2018-08-17,data science,true,
100055,Joseph,Wang,wang.joseph48@example.edu,+1 985 698 8493,070-07-2699,05/23/2004,4188 Cedar Blvd,Los Angeles,CA,90029,161.80.11.39,5492713566342079,2.93,2024-01-23,Business Administration,true,
100056,Ågot,Sánchez,sanchez.agot49@aol.com,(391) 726-3123,545-51-6867,2001-08-07,7827 Walnut St,Omaha,NE,68159,100.173.121.211,5403313187490452,3.27,2023-08-22,Political Science,true,
100057,Kathleen,Иванова,kivanova57@yahoo.com,(300) 811-0578,073-23-1109,2002-03-11,9669 Broadway St,Chicago,IL,60622,26ae:22e:b56d:74be:c335:7a3c:effc:ef73,5341226522444478,3.30,2023-06-23,Biology,false,"On probation, GPA below 2.0, meets with advisor weekly"
100058,John,Sanchez,,250.533.5520,586-75-3461,1997-06-27,5924 Washington Way,Los Angeles,CA,90042,109.248.93.30,5118 2326 8697 9573,3.27,2014-01-10,Data Science,true,"Transferred from Lakeside College, credits pending review"
100059,Logan,鈴木,suzuki.logan52@students.example.edu,9734740865,459-23-6591,1999-05-21,"7274 Meadow Ave, Apt 39C",Springfield,IL,62725,220.151.25.229,4358919814013273,3.35,2017-06-18,History,false,
100060,Donna,Martinez,donna.martinez60@uni.example.ac.uk,+1 876 272 3327,299-96-1838,2002-04-20,2667 El Camino Real Pl,San Diego,CA,92138,70.53.55.200,4903-7662-6436-2951,2.66,2023-01-12,Music,false,"On probation, GPA below 2.0, meets with advisor weekly"
100061,Eric,張,chang.eric54@hotmail.com,365-858-0758,254-50-4397,1995-09-02,7314 University Rd,Boulder,CO,80378,26d3:e906:246:4e2f::dd01,4046228157950929,3.34,2016-06-17,Neuroscience,true,
100062,Fatima,Gómez,gomez.fatima55@icloud.com,565-485-4115,837-50-8012,1999-03-14,5810 Meadow Road,Buffalo,NY,14214,54.103.96.71,6011492525161017,3.06,2021-01-11,Mathematics,true,
100063,さくら,Hernández,shernandez63@students.example.edu,8448613416,845-48-0341,2007-10-16,"8980 Valley St, Ste 13C",Washington,DC,20002,49.174.74.127,6011510795859752,4.00,2024-06-18,Environmental Science,false,"留学生 (exchange student), visa status OK"
100064,Aiden,Smith-Jones,aiden.smithjones@hotmail.com,(228) 719-6069,842-08-6465,2004-06-09,2054 River Avenue,Durham,NC,27761,106.91.173.11,342729186478294,3.50,2021-06-27,English,true,
100065,Ewa,王,ewa.wang65@protonmail.com,789-480-5235,496-09-6891,05/15/1999,"971 Franklin Rd, Apt. 29A",Des Moines,IA,50308,37.18.69.103,4979 3847 9523 8002,3.11,2018-08-28,Communications,true,
100066,Noémie,nGuYeN,nnguyen66@students.example.edu,4032606362,638-66-4291,2001-11-04,2821 Jefferson Pl,St. Paul,MN,55187,18.191.239.180,5559-7488-6800-4654,2.60,2018-01-22,Nursing,true,
100067,Søren,McDonald,smcdonald67@outlook.com,(736) 384-2522,608747924,2007-04-21,4768 Oak Drive,San Francisco,CA,94131,169.45.40.142,4342223253243510,3.24,2024-01-25,History,true,
100068,翔太,Pérez,perez.shota61@yahoo.com,824-990-0696,435-10-3683,1996-02-14,"5659 Elm Road, # 23D",Princeton,NJ,08505,212.225.96.133,4573 5780 4049 6618,3.89,2014-01-15,Education,true,
100069,Sarah,Çelik, sarah.celik69@icloud.com ,(487) 335-5748,601-52-8443,2004-03-18,8163 Cesar Chavez Avenue,San José,CA,95166,117.95.178.151,,3.78,2024-08-27,Communications,true,
100070,Noah,刘,noah_liu+sis@uni.example.ac.uk,+1 535 946 3011,845-61-3725,2004-08-06,5342 Washington Pkwy,Sacramento,CA,95845,150.32.182.10,4701 1295 7590 6053,2.81,2022-06-11,Computer Science,true,
100071,Olga,Walker,owalker71@mail.example.org,,201-14-8268,2001-12-16,5251 Cesar Chavez Ln,Washington,DC,20022,103.86.9.222,6011225665952922,2.40,2018-01-15,Data Science,true,Résumé reviewed ✓
100072,Olga,Baker,baker.olga65@mail.example.org,,286487820,1999-12-16,"1101 Hill Avenue, Apt 31B",Las Vegas,NV,89135,84.215.134.116,4996402208124277,3.17,2016-08-27,Accounting,true,
100073,Christopher,Hernández,hernandez.christopher66@protonmail.com,207.622.2934,699-11-3262,1999-07-11,8810 Cedar Road,,OH,44185-1416,195.105.162.194,346302915956638,2.58,2020-06-19,Finance,true,
100074,George,Thompson,george.thompson@outlook.com,633-931-7511,326-94-9234,1994-04-24,"103 Washington Pl, Suite 2A",Ann Arbor,MI,48132,10.103.152.229,4674-2401-7766-8216,2.75,2014-01-22,Sociology,false,
100075,Chloé,Sánchez,chloe_sanchez+sis@gmail.com,(622) 259-9096,701-94-8398,2007-12-15,"8865 Lincoln Ave, Ste 30C",Gainesville,FL,32656,52.2.117.34,6011951340581287,3.11,2024-01-19,Anthropology,true,
100076,Robert,陈,robert.chen76@outlook.com,7482092017,832-82-7536,1997-10-23,"9336 Willow Pkwy, Ste 10A",Worcester,MA,01646,155.251.109.156,4844873187140530,2.64,2014-06-19,Statistics,true,"留学生 (exchange student), visa status OK"
100077,Donald,Patel,donald.patel@aol.com,(269) 674-3635,855-61-3627,1995-04-20,4204 Valley Pkwy,Detroit,MI,48202,,4897619067601323,2.61,2014-08-19,Biology,true,"Scholarship: $57006.00, renewable"
100078,João,Rodriguez,joao.rodriguez78@protonmail.com,(468) 374-8597,614-51-5131,2003-11-02,521 Martin Luther King Jr Pl,Providence,RI,02990,26f8:48d1:cb16:b372::8227,4275374232261965,2.48,2022-01-12,Marketing,true,Needs accommodation; see file #89458
100079,Arjun,Park,arjun.park@aol.com,(831) 322-5251,715-43-5949,1996-07-14,"8989 Highland Pl, Ste 6A",Austin,TX,78718,209.85.249.98,5134559638474976,3.16,2016-08-15,Mathematics,true,
100080,Νίκος,Løvland,nikos.lovland@gmail.com,(540) 821-3507,063-53-8591,10/15/1999,"775 Jefferson Ct, Suite 17A",Cambridge,MA,02117,132.151.143.43,6011-8215-3089-3810,3.37,2016-08-17,Philosophy,true,
100081,Karen,Campbell,karen.campbell81@gmail.com,839.941.5965,618-44-0441,2001-02-05,3749 Pine Ct,Tampa,FL,33617,148.42.246.117,5176928077890621,4.00,2019-01-22,Computer Science,false,
100082,Matthew,Chen,matthew_chen+sis@outlook.com,9957108374,869-13-8500,2004-04-16,8191 Hill Drive,Boise,ID,83771,2001:1b99:a187:9c6e:7c33:4c0c:dc6a:f9db,4395279394676014,2.37,2021-01-20,,true,"Line 1: address change
Line 2: new phone (730) 792-2374
Line 3: done"
100083,Dorothy,Garcia,dgarcia83@example.edu,(257) 332-2122,480-54-3681,1997-04-18,4271 Highland Avenue,Detroit,MI,48276,16.82.189.13,3452 087906 09864,2.90,2014-08-26,Philosophy,true,
100084,Björn,Åström,bjorn.astrom@gmail.com,876-367-1334,663924002,1995-12-07,2372 Madison Way,Anchorage,AK,99511,96.58.148.90,4441148293497901,2.56,2014-01-26,Undeclared,true,
100085,George,Ivanov,givanov85@outlook.com,750-711-0085,250-92-5380,2000-01-03,9367 Spring Dr,Los Angeles,CA,90069,71.107.38.234,4521672081849646,2.83,2022-06-13,Communications,true,
100086,Lisa,李,lli86@mail.example.org,542.744.3004,170-44-3646,2004-09-14,7786 Valley Ct,Gainesville,FL,32606,18.198.140.252,,2.46,2022-01-11,Philosophy,true,"Paid in full, receipt #36383, card ending 0000"
100087,Gary  ,Thomas,thomas.gary80@aol.com,(749) 890-8096,097-72-9715,2005-10-08,"6149 Cedar Ln, Apt. 5D",New Orleans,LA,70173,,4667188465664182,3.01,2024-08-15,Computer Science,true,
100088,Nicholas,张,nicholas_zhang+sis@yahoo.com,(978) 878-0019,771-34-2205,2007-09-08,9301 Lake Pl,Newark,NJ,07177,30.117.102.156,344255903439094,3.51,2024-08-10,null,true,
100089,Chloe,Gómez,chloe_gomez+sis@icloud.com,733-957-8956,357-49-8564,1996-11-25,7594 River Terrace,Columbus,OH,43238,86.238.79.150,4333124065155846,2.51,2017-01-14,Mathematics,true,
100090,Grace,Nelson,gnelson90@example.edu,(804) 992-3197,288-38-5608,2001-11-04,8376 Mill Ave,Durham,NC,27726,46.195.117.177,,2.62,2020-01-27,Education,false,
100091,Chloé,王,cwang91@students.example.edu,(473) 276-5880,302-23-8130,1999-01-21,91 Willow Way,Austin,TX,78771,,4802297596085377,1.99,2019-08-22,Data Science,true,
100092,Raúl,Çelik,celik.raul85@uni.example.ac.uk,200-567-6639,538-47-0779,2002-12-02,3889 Willow Ct,Raleigh,NC,27691,54.146.118.130,4996285122877363,3.63,2019-06-23,Biology,true,
100093,Sandra,刘,sliu93@mail.example.org,(406) 991-5308,721-16-2668,1997-11-07,5993 Maple Pl,Orlando,FL,32805,200.57.37.31,6011331119956566,2.59,2017-06-23,Neuroscience,false,Résumé reviewed ✓
100094,Ethan,lIu,eliu94@gmail.com,(542) 640-7838,832-63-9572,2005-08-02,7184 University Drive,Columbus,OH,43298,2001:dec9:c9ec:b421:4de9:7eea:388e:5fae,375284723925985,3.00,2024-08-26,Accounting,true,"Called on 2023-12-21
Left voicemail, will follow up"
100095, Patricia,Gonçalves,pgoncalves95@aol.com,+1 374 353 4510,715-08-5755,2001-02-28,,Atlanta,GA,30376,114.207.8.137,,2.53,2019-08-23, EDUCATION,true,
100096,민준,Ó Súilleabháin,mosuilleabhain96@protonmail.com,(797) 989-8847,823-80-5410,2007-03-18,4241 Sunset Ave,San José,CA,95168,47.198.142.171,4353119847293050,2.82,2024-01-18,Physics,true,
100097,민준,Liu  ,minjun_liu+sis@uni.example.ac.uk,(533) 977-8016,692-54-5252,2006-05-19,826 University Avenue,Boston,MA,02137,103.227.150.226,4834588000117125,2.98,2024-06-14,English,true,
100098,Elizabeth,Nowak,elizabeth.nowak98@hotmail.com,5059875577,003-45-7452,2000-02-16,2841 Willow Avenue,Austin,TX,78736,158.96.204.169,4829459785089854,3.33,2022-06-25,History,true,
100099,Donald,Thompson,donald.thompson99@example.edu,356-826-0569,785-33-8254,2003-09-28,2770 Maple Ct,Richmond,VA,,44.135.179.195,5319 5000 1509 4208,3.29,2023-08-17,Computer Science,true,
100100,Jessica,Gonçalves,jessica.goncalves@gmail.com,468.916.5031,193-63-8951,1998-12-03,3050 Jackson Dr,Spokane,WA,99222,210.241.173.240,5435500646449838,2.55,2017-01-25,Statistics,true,Alt email: jessica45@aol.com
100101,Amy,O'Connor,aoconnor101@mail.example.org,(990) 456-1177,632-25-4314,12/09/2003,5995 Willow Rd,Honolulu,HI,96866,23.153.185.170,4386890632539532,2.71,2022-08-12,Anthropology,true,
100102,Renée,Perez,perez.renee95@outlook.com,933-469-6868,301-10-6617,2004-11-11,"4945 River Road, Suite 20A",Phoenix,AZ,85027,2660:313c:c3c9:7363:6fc8:2132:8644:ddef,6011924496646097,3.29,2023-08-21,Philosophy,false,"Student said ""Thanks, see you Monday"" during advising"
100103,JASON,Løvland,lovland.jason96@protonmail.com,654-481-4305,829349812,2005-10-09,"3114 Cedar Ct, # 34C",Nashville,TN,37234,39.7.52.78,6011716309680333,2.50,2024-08-12,Electrical Engineering,true,
100104,Siobhán,Rossi,siobhan.rossi@gmail.com,499.652.8022,130-56-0356,2000-12-19,6383 Meadow Drive,Nashville,TN,37278,29.217.245.70,4518 9185 4853 6572,3.10,2019-06-13,Sociology,true,Résumé reviewed ✓
100105,Ethan,Kim,ethan.kim105@example.edu,597.593.5740,017-10-1791,1996-08-26,6720 Main Pkwy,Phoenix,AZ,85001,56.25.249.105,5261793137415603,3.11,2014-01-17,Undeclared,true,
100106,Robert,O'Brien,obrien.robert2@gmail.com,(415) 263-5170,056-87-4200,2007-08-02,7686 Elm Pl,Newark,NJ,07140,49.192.58.27,6011040244989885,3.53,2024-06-14,Philosophy,true,
100107,Jürgen,Jones,jurgen.jones107@icloud.com,665-880-7650,333753100,2004-05-16,"8657 Valley Ave, Unit 21C",Miami,FL,33120,92.87.221.138,6011804171169690,2.81,2021-01-27,Physics,true,
100108,Siobhán,Williams,swilliams108@mail.example.org,838-308-6493,,1994-05-17,"3664 Madison Ave, Apt 29C",Brooklyn,NY,11248,128.151.80.246,4048038801565165,3.05,2014-06-15,History,true,
100109,Emma,Rodriguez,emma_rodriguez+sis@example.edu,787-507-3992,116-69-9267,1999-12-01,2612 Pine Pkwy,Sacramento,CA,95845,260c:53f1:84b1:996b:04b0:8331:d605:efdd,4843342999254799,2.65,2018-01-11,Economics,true,
100110,Dmitri,刘, dliu110@protonmail.com ,997-414-8893,565-61-4221,2000-11-17,"8512 Union Drive, Apt. 13A",Minneapolis,MN,55472,55.185.60.64,6011078980170070,3.03,2018-01-15,Business Administration,true,
100111,Michelle,高橋,michelle.takahashi@students.example.edu,943.773.7076,126-43-8611,2000-04-21,5441 Lake Ave,Gainesville,FL,32689,57.103.164.218,4678616608127268,2.70,2019-06-22,art,false,"Scholarship: $44681.00, renewable"
100112,William,Müller,william.muller112@outlook.com,731-884-7975,417-81-7157,1994-10-17,2287 Broadway Ln,Athens,GA,30692,31.92.58.90,4002003739818460,2.60,2016-06-11,Psychology,true,"Line 1: address change
Line 2: new phone (413) 840-8357
Line 3: done"
100113,Grace,rivera,grace_rivera+sis@example.edu,576.249.7363,091-89-1260,2001-04-14,9206 River Street,San Francisco,CA,94139,84.51.19.155,4425-2744-6302-9546,3.31,2021-08-18,Mathematics,false,
100114,Linda,Hernández,linda.hernandez@icloud.com,(988) 872-4925,049-31-2378,2000-11-19,5597 Lake Dr,Brooklyn,NY,11276,152.29.51.136,5559849293219493,3.40,2019-08-14, STATISTICS,false,"Transferred from State University, credits pending review"
100115,Priya,Gómez,priya.gomez115@outlook.com,(367) 227-8657,505-44-8694,2001-10-05,5756 Willow Ln,New Orleans,LA,70147,158.37.244.246,4896483169840649,2.83,2020-06-16,Physics,true,
100116,Kenneth,Løvland,KLOVLAND116@OUTLOOK.COM,(997) 964-0995,099-82-5751,1995-04-28,"8142 Union Ave, Apt. 2D",San José,CA,95138,199.117.156.244,5160217457754054,2.94,2013-06-18,Undeclared,true,
100117,Joshua,Campbell,campbell.joshua13@students.example.edu,781-609-3955,038-68-5393,1994-09-09,478 Mill Way,Las Vegas,NV,89164,100.105.176.123,5171399757382120,2.72,2016-01-20,Mathematics,true,
100118,Shirley,Hall,hall.shirley14@aol.com,802.799.2802,806-51-7306,2000-02-18,"3871 Sunset Way, Unit 28A",Dallas,TX,75236,165.122.117.13,5180963792780272,3.63,2021-08-20,Business Administration,true,
100119,Sharon,Öztürk,sharon_ozturk+sis@yahoo.com,,340-17-1143,1996-07-07,1303 Walnut Rd,Providence,RI,02943,126.157.223.253,5214896015841630,2.98,2015-06-13,Computer Science,false,
100120,María,RIVERA,rivera.maria16@yahoo.com,6696396446,867-25-4694,1999-06-05,"2903 Martin Luther King Jr St, Unit 27B",Worcester,MA,01652,2001:eca6:816:53a3::67,4411130193054293,2.78,2016-06-16,Neuroscience,true,
100121,John,Pérez,john_perez+sis@students.example.edu,781-684-7953,038-30-7001,1994-10-03,3477 Willow Ln,San Diego,CA,92152,2001:b0d1:7d4c:6cd3::2f2e,4935161522959784,3.37,2016-08-22,Psychology,true,"Line 1: address change
Line 2: new phone (516) 822-5405
Line 3: done"
100122,Jennifer,Shah,jennifer_shah+sis@outlook.com,384-833-2813,778035020,1998-12-20,735 Church Blvd,Albuquerque,NM,87191,179.154.57.88,6011 3249 0503 5836,3.57,2018-06-28,History,true,
100123,Amanda,Taylor,taylor.amanda19@students.example.edu,(559) 892-2596,465-50-8442,2004-07-10,5869 Chestnut Pkwy,Orlando,FL,32830,203.79.183.96,4651864054664423,3.81,2024-08-17,Electrical Engineering,true,"On probation, GPA below 2.0, meets with advisor weekly"
100124,서연,김  ,seoyeon.kim124@outlook.com,846-257-3939,173-43-8065,08/21/1995,9784 Cedar Drive,Omaha,NE,68193,182.173.100.124,5344-8605-4959-8127,2.24,2013-01-22,Education,true,
100125,Noah,White,white.noah21@mail.example.org,388-632-4974,335-84-4653,1998-08-05,8883 University Avenue,Portland,ME,04160,127.192.162.250,4586892094544172,,2016-08-17,Art,true,   whitespace around note   
100126,Søren,刘,soren.liu@protonmail.com,7797260143,117-63-6025,2000-04-23,7394 Highland Ave,Burlington,VT,05467,65.252.149.42,,3.40,2019-01-23,Psychology,true,Needs accommodation; see file #77774
100127,Michael,Flores,michael.flores@outlook.com,(344) 692-3252,751-47-4729,1996-11-28,"9070 Center Blvd, Ste 39A",Boston,MA,02174,196.34.236.250,4400192628802491,2.94,2016-06-22,Psychology,true,   whitespace around note   
100128,Mark,Singh,msingh128@outlook.com,,883-83-0437,1996-06-13,9533 Main Drive,Pittsburgh,PA,15206,27.174.154.221,5108972864451505,3.33,2014-06-23,History,true,
100129,Ava,Chen,chen.ava25@protonmail.com,622-642-1686,128-39-5795,2004-11-07,7064 Madison Road,Boston,MA,,36.36.217.226,4328369702060761,2.73,2024-08-26,Anthropology,true,
100130,Betty,O'Brien,obrien.betty26@hotmail.com,403-854-7150,429-34-0186,1997-01-10,7094 Center Rd,Tucson,AZ,85786,171.160.3.64,5441996009606240,2.43,2017-01-28,Chemistry,false,
100131,Анна,Kumar,akumar131@icloud.com,3852848270,106-24-6189,2005-08-08,986 University Street,Sacramento,CA,95889,156.130.57.116,5521-2021-6849-6249,3.03,2024-06-25,Civil Engineering,true,
100132,Barbara,李,barbara_li+sis@mail.example.org,,683-91-3481,1999-07-20,"3145 Madison Blvd, Apt 38A",El Paso,,79905,210.190.77.218,4297573835096041,3.15,2020-06-17,History,true,
100133,Shirley,Hall,shirley_hall+sis@protonmail.com,+1 935 933 1580,709-55-4505,2002-12-11,"3607 Ridge Ct, Apt. 6D",Dallas,TX,75298,136.138.154.18,4961824558225498,2.80,2023-06-20,Chemistry,true,
100134,Deborah,Kowalski,deborah_kowalski+sis@protonmail.com,+1 940 760 1468,707-57-2546,2006-06-14,3732 River Terrace,Washington,DC,20089,112.41.53.243,5211 4672 0494 8496,2.73,2024-01-21,Economics,true,
100135,Chloe,Torres,chloe_torres+sis@aol.com,459-745-9446,635-93-9982,2001-03-15,6163 Martin Luther King Jr Terrace,Portland,OR,97211,212.141.177.58,4951 0907 6627 5996,2.73,2020-01-23,Nursing,true,
100136,João,Wójcik,joao.wojcik@gmail.com,(488) 514-1353,764-70-7788,1997-10-16,"3346 Church Terrace, Apt. 24D",Houston,TX,77010,83.193.198.5,4657732265907598,3.51,2015-01-17,Communications,true,"Called on 2023-07-06
Left voicemail, will follow up"
100137,Jonathan,Green,,846.746.9148,762-62-4807,1996-09-19,355 Walnut Dr,Providence,RI,02957,135.222.196.9,4183480536943371,2.96,2017-01-21,Art,true,
100138,Sophia,Adeyemi,sophia.adeyemi@aol.com,(374) 538-2660,651-73-0389,1998-05-20,7610 Elm Pkwy,Phoenix,AZ,85008,181.195.244.38,4194 1000 7205 3834,2.56,2015-01-16,Philosophy,true,"On probation, GPA below 2.0, meets with advisor weekly"
100139,Lucas,Torres,lucas.torres@outlook.com,453-686-2126,367-02-9527,2007-12-23,6339 Jackson Pkwy,Los Angeles,CA,90035,185.245.173.40,4506 7258 1638 3148,3.36,2024-08-27,Neuroscience,true,
100140,Cynthia,McDonald,cynthia.mcdonald140@icloud.com,9403770835,788-68-4900,1997-02-18,6390 Lincoln Terrace,Denver,CO,80269,101.205.80.136,4613570273383979,3.22,2014-08-22,Business Administration,true,"Emergency contact: Stephanie McDonald, (514) 225-1085"
100141,Olga,Smith-Jones,smithjones.olga37@protonmail.com,(583) 589-5099,255-28-8791,2001-06-27,"6885 Chestnut Road, Ste 36D",Cambridge,MA,02187,210.8.233.146,4195482363099380,4.00,2020-06-15,Chemistry,true,
100142,Дмитрий,Martin,dmitriy.martin142@uni.example.ac.uk,(406) 237-3588,142-31-4569,1998-08-22,9759 Elm Avenue,Athens,GA,30627,,,2.86,2019-06-27,Political Science,true,
100143,André,Hall,hall.andre39@students.example.edu,+1 312 486 6652,727-50-1050,1998-04-19,9319 College Rd,San Diego,ca,92189,186.217.156.33,4694 3223 8225 1271,2.74,2018-01-26,Undeclared,false,Contact parent at (612) 344-6790
100144,Dorothy,Jackson,dorothy_jackson+sis@protonmail.com,(975) 907-0001,674-56-3687,2002-11-06,"4723 Martin Luther King Jr Pl, Unit 31C",Burlington,VT,05446,44.80.96.20,376531517825030,3.33,2020-08-23,Statistics,false,
100145,Susan,Mitchell,susan_mitchell+sis@mail.example.org,(458) 755-2292,716-64-3848,2007-06-25,3124 Pine St,Brooklyn,NY,11295,194.177.130.180,4553323958289042,2.72,2024-01-16,Electrical Engineering,true,
100146,Mia,McDonald,mcdonald.mia42@gmail.com,6903616598,277-66-9595,2003-05-04,"5200 Franklin Drive, Apt. 19A",Nashville,TN,37293,196.251.179.53,5296396251328617,3.29,2024-06-25,Environmental Science,true,
100147,Siobhán,Fischer,fischer.siobhan43@gmail.com,7925040744,397-31-3056,2004-01-09,6065 Highland Blvd,Spokane,WA,99267,81.24.245.71,4140767900177822,,2024-01-20,Statistics,true,
100148,Betty,Gonzalez,betty_gonzalez+sis@gmail.com,(804) 484-9384,809-14-6645,1996-04-28,3589 Valley Blvd,Boulder,CO,80305,2001:9f04:f82e:3c43:e6a3:4df3:e68e:5bfb,5175088215249809,3.11,2017-01-24,Business Administration,true,
100149,ryan,Lopez,ryan_lopez+sis@icloud.com,703.598.2901,678-20-1709,1997-01-27,941 Center Dr,Columbus,OH,43260,186.229.1.96,4303085831612541,3.22,2016-06-16,Music,true,"Student said ""Thanks, see you Monday"" during advising"
100150,João,Иванова,jivanova150@icloud.com,(961) 914-2403,867-22-1941,2000-11-12,"5215 Washington Ln, Suite 4A",Athens,GA,30606,192.209.80.77,4174709278227770,2.60,2017-01-17,Political Science,true,
100151,محمد,Gonçalves,muhammad.goncalves151@uni.example.ac.uk,+1 658 704 7370,659-45-5566,04/12/1997,2406 Park Blvd,Springfield,IL,62786,208.95.246.225,4318613143139409,2.58,2014-08-22,Economics,true,
100152,Olga,Lee,lee.olga48@yahoo.com,+1 991 421 6929,255-39-2032,1994-05-09,7170 Maple Dr,Atlanta,GA,,182.172.213.23,5265493067372314,2.06,2012-01-20,Nursing,true,
100153,Aisha,Perez,,9696351084,576-82-1716,1997-02-14,8187 Church Avenue,Brooklyn,NY,11293,122.241.143.246,4192221953845791,2.86,2018-08-24,Neuroscience,true,
100154,Søren,Clark,soren.clark@outlook.com,(299) 261-3218,179-60-5313,1999-01-02,8304 Hill Ct,Kansas City,MO,64139,34.96.199.56,4525-1558-5221-1002,4.00,2017-01-27,Music,true,
100155,Katarzyna,Fischer,katarzyna_fischer+sis@example.edu,,475-86-8238,,8047 University Way,Las Vegas,NV,89173,151.24.216.74,375306720513579,2.72,2014-06-25,Electrical Engineering,true,
100156, Anthony,Hernández,hernandez.anthony52@uni.example.ac.uk,(496) 833-3908,612-09-6616,2006-10-23,1839 Market Way,Seattle,WA,98113,196.112.84.40,4856 6310 3793 4345,2.26,2023-08-12,Accounting,true,
100157,Renée,Kowalski,renee_kowalski+sis@uni.example.ac.uk,+1 203 571 0969,509081931,1999-09-23,7798 Oak Way,Pittsburgh,PA,15299,120.199.171.12,5414731899705676,2.52,2019-01-19,Philosophy,true,
100158,Michelle,Wright,michelle.wright@yahoo.com,226-585-8544,143446158,2004-07-01,6573 Main Ln,Dallas,TX,75241,,378362472262383,3.89,2021-06-19,Chemistry,true,
100159,Rebecca,Lee,rebecca.lee159@hotmail.com,860.462.3138,346-33-2149,02/22/2001,7173 Elm Drive,Charlotte,NC,28279,30.145.23.94,4646 5019 3452 5667,3.33,2019-08-11,Mathematics,true,Résumé reviewed ✓
100160,Björn,Wilson,wilson.bjorn56@example.edu,860-726-8591,774-53-0019,2007-06-06,9558 Franklin Ct,Omaha,NE,68163,71.20.20.233,6011-6956-5567-8572,3.58,2024-08-16,Marketing,true,
100161,Aiden,Williams,williams.aiden57@icloud.com,756-581-1835,176-43-8769,1995-02-08,365 Pine Ave,Seattle,WA,98162,105.133.166.224,4953374921865786,3.84,2017-01-19,English,false,"Called on 2023-04-28
Left voicemail, will follow up"
100162,Dorothy,Liu,dorothy.liu@outlook.com,(363) 989-0053,851-99-5119,2001-08-14,2559 Chestnut Pkwy,Burlington,VT,05474,26ad:34a6:693d:41d5::51e0,4083034374530195,2.38,2022-06-11,Chemistry,true,
100163,FATIMA,Garcia,fatima.garcia@yahoo.com,8056951411,068-24-2126,2000-09-15,"1749 Broadway Road, Ste 2A",Cambridge,MA,02186,109.128.248.122,,2.67,2022-06-20,Music,true,
100164,Donna,Green,dgreen164@gmail.com,(727) 205-2409,525-44-4808,2003-09-04,,Baton Rouge,LA,70806,37.249.136.214,4140520262995616,2.71,2024-01-20,Mathematics,true,"Line 1: address change
Line 2: new phone (523) 940-6792
Line 3: done"
100165,Donald,Dvořák,ddvorak165@icloud.com,2148875363,634-36-8722,1999-09-04,2239 Main Avenue,Milwaukee,WI,53215,65.114.71.130,4575229069827097,3.45,2020-01-11,Art,false,
100166,Deborah,Pérez,deborah.perez166@aol.com,(897) 813-8522,113-50-3634,2005-08-05,2700 Union Pkwy,San Diego,CA,92136,179.125.145.240,4054924258960358,3.69,2024-08-25,,true,
100167,Harper,Kumar,harper.kumar@students.example.edu,,687-24-1903,1997-08-10,4129 Pine Blvd,Cheyenne,WY,82039,223.54.209.56,5348667462274925,3.07,2017-06-22,Music,false,"Scholarship: $91907.00, renewable"
100168,Melissa,Flores,mflores168@protonmail.com,,331-94-1207,2006-11-16,3876 University Rd,Charlotte,NC,28201,78.155.131.187,4757719128764943,4.00,2024-06-15,N/A,true,
100169,서연,Jones,seoyeon_jones+sis@aol.com,406-855-2922,792-98-2684,2004-01-24,851 Elm Road,Madison,WI,53785,100.18.176.94,345654425457841,3.13,2024-06-26,Music,,"留学生 (exchange student), visa status OK"
100170,Björn,Allen,bjorn.allen170@gmail.com,(808) 945-1700,434-45-3726,1997-06-23,3034 Madison Ct,Cambridge,MA,02117,102.25.77.140,4181491153108596,3.06,2019-06-11,Biology,true,
100171,David,Garcia,dgarcia171@mail.example.org,+1 802 702 1457,745-23-1522,1999-11-23,"3889 Cesar Chavez Ln, # 9D",San Diego,CA,92131,164.104.78.181,4360721634872268,2.77,2020-08-21,Statistics,true,
100172,强,Mitchell,qiang_mitchell+sis@aol.com,911-215-8875,205-24-1622,1995-10-25,3100 Chestnut Avenue,Boston,MA,02171,2001:ccb3:a99c:fced:aae0:4e17:d37d:eb5e,4113782209356889,3.23,2016-08-18,Environmental Science,true,"Prefers to be called ""DJ"", pronouns they/them"
100173,Björn,高橋,bjorn.takahashi@example.edu,(839) 823-4418,858-49-7205,2004-03-19,659 Lincoln Drive,Baltimore ,MD,21293,175.140.38.27,4955770013148569,2.67,2024-06-25,Sociology,true,"Transferred from Northern Institute, credits pending review"
100174,민준,高橋,mtakahashi174@yahoo.com,232.630.8468,724-61-8318,2002-05-13,"5209 Maple Avenue, Unit 36B",Boston,MA,02150,220.218.36.143,5104714069719086,3.22,2022-01-20,Accounting,true,
100175,Sarah,Jones,sarah.jones@outlook.com,(954) 837-3190,092-41-8064,2002-09-12,"7725 Hill Terrace, Apt. 29D",Boston,MA,02141,,,3.17,2019-01-27,Education,true,"On probation, GPA below 2.0, meets with advisor weekly"
100176,Karen,Martin,karen_martin+sis@aol.com,949.595.3903,703-19-1649,2001-03-25,"374 Cedar St, Apt 10C",St. Paul,MN,55188,114.47.211.183,5301-1097-2250-8755,4.00,2023-01-18,Accounting,true,
100177,强,李,qiang_li+sis@mail.example.org,8072440924,373485412,2006-12-24,4429 College Way,Spokane,WA,99243,149.198.141.184,,2.49,2024-08-18,,true,Contact parent at (291) 326-3046
100178,Daniel,Hernández,dhernandez178@aol.com,(750) 236-2283,,1996-02-13,7306 Hill Blvd,Portland,OR,97279,214.128.78.225,5151018686244755,4.00,2014-01-17,Civil Engineering,true,
100179,Paul,Anderson,anderson.paul75@outlook.com,(426) 563-6207,372-30-4819,1995-11-04,1947 Lincoln Ln,Cheyenne,WY,82022,107.111.117.50,5236 9535 7796 9301,2.93,2016-01-18,,false,
100180,Kwame,Løvland,kwame_lovland+sis@outlook.com,(202) 723-7537,641-34-1967,2000-10-18,3751 Park Drive,Charlottesville,VA,22981,17.9.23.171,4969064875505528,2.82,2018-08-24,Finance,true,
100181,Karen,Carter,karen.carter181@gmail.com,530-537-1335,340-96-7151,2005-02-22,7343 Walnut Ct,Spokane,WA,99247,84.61.11.138,5504-5501-9070-0843,2.23,2023-06-28,Philosophy,true,
100182,Linda,Wilson,linda_wilson+sis@yahoo.com,(581) 902-4034,356-92-7479,2005-08-21,1377 Madison Rd,Athens,GA,30677,4.117.238.206,378696714842381,3.98,2022-06-28,Civil Engineering,true,
100183,Cynthia,Torres,cynthia_torres+sis@uni.example.ac.uk,(926) 248-2716,430-62-5266,1994-03-10,7228 River Ct,Orlando,FL,32855,13.89.69.8,5551988470436914,3.55,2017-08-17,Physics,true,"Called on 2023-05-13
Left voicemail, will follow up"
100184,Sarah,Gómez,gomez.sarah80@icloud.com,700-837-2279,205-22-5264,2004-03-05,3173 Valley Ct,Milwaukee,,53297,169.83.142.163,4487984797617346,2.96,2021-08-12,Art,true,NULL
100185,Margaret,Fischer,margaret_fischer+sis@mail.example.org,(755) 993-4175,611-92-2597,2000-11-06,4289 Walnut Drive,Boise,ID,83782,2676:baea:443b:685c:4417:a5dc:a745:56a7,,2.84,2017-06-10,Communications,false,
100186,Grace,Van der Berg,gvanderberg186@icloud.com,3445183692,,1998-08-11,5604 Park Drive,El Paso,TX,79927,147.74.12.197,4002821909828435,3.36,2020-01-21,English,true,
100187,Paul,Smith-Jones,paul_smithjones+sis@gmail.com,5772230142,735-67-4287,2001-07-15,742 Lake Pl,Omaha,NE,68151,38.11.220.232,4479422172089716,2.37,2022-01-25,English,false,"Student said ""Can I switch majors?"" during advising"
100188,Kathleen,Núñez,NUNEZ.KATHLEEN84@GMAIL.COM,(540) 685-0615,342-28-4680,1994-10-18,9565 Washington Road,Phoenix,AZ,85097,149.28.26.171,4628282929043055,3.60,2017-06-17,Electrical Engineering,true,
100189,Thomas,Walker,thomas_walker+sis@uni.example.ac.uk,5254863638,463-78-7954,1995-07-06,5475 Meadow Terrace,Phoenix,AZ,85034-4971,35.152.49.23,4788374463778323,3.65,2016-06-21,Physics,true,
100190,Anthony,Kumar,kumar.anthony86@hotmail.com,(554) 947-0700,851-59-8846,1996-06-17,3231 Broadway Pl,Minneapolis,MN,55424,58.151.149.61,5522-6747-8392-2479,3.33,2018-06-17,Sociology,true,
100191,Jason,Pérez,jason.perez@mail.example.org,(378) 792-0607,112-47-3522,1997-12-27,9844 Washington Ln,Ann Arbor,MI,48138,118.187.105.232,5129-3654-5849-6280,2.61,2014-01-12,Sociology,true,
100192,Łukasz,Mitchell,lukasz_mitchell+sis@gmail.com,+1 233 743 8239,415-78-4261,2002-06-07,3897 El Camino Real Blvd,El Paso,TX,79902,85.15.22.194,4504476793526505,3.18,2024-08-13,,true,"He wrote: ""I'll be late, sorry"" — excused"
100193,Ethan,Adeyemi,ethan.adeyemi193@icloud.com,+1 302 958 2929,343-28-6830,1999-02-07,"9067 Mill Pkwy, # 13C",Memphis,TN,38191,26c8:6e6f:63ae:6e7e::15c5,4501547914117227,3.86,2017-08-10,Philosophy,true,Needs accommodation; see file #61686
100194,Elizabeth,Dvořák,edvorak194@outlook.com,(910) 934-2165,673-96-5002,05/28/1998,9853 Forest Pl,Miami,FL,33193,163.33.155.142,377482013792440,3.51,2018-01-16,Statistics,true,
100195,Renée,Mitchell,renee.mitchell195@aol.com,902.627.3831,627-63-0867,2004-09-18,3395 Pine Dr,Chicago,IL,60616,123.162.65.143,6011-1090-9785-4684,3.59,2024-06-19,Environmental Science,true,
100196,Katarzyna,Løvland,katarzyna_lovland+sis@aol.com,3133029382,523-89-7533,2006-10-22,4845 Meadow Ln,Brooklyn,NY,11205,29.33.239.226,377577344935483,2.76,2024-08-28,Anthropology,false,"Transferred from Springfield CC, credits pending review"
100197,Paul,Lewis,plewis197@gmail.com,(819) 611-4426,059570288,2004-11-02,"32 Chestnut Terrace, Suite 16A",Miami,FL,33179,26c4:26c3:66d5:9e42:a2d0:11a4:b430:ee5e,,3.75,2024-01-20,Biology,true,
100198,Mohammed,Lewis,mlewis198@protonmail.com,(317) 884-0749,549-58-4834,2000-11-14,2319 Market Ln,Raleigh,NC,27655,71.75.227.211,4932996272788559,2.14,2020-06-24,Physics,true,"留学生 (exchange student), visa status OK"
100199,Evelyn,Mensah,emensah199@yahoo.com,981.473.0841,839-02-3274,1999-03-28,769 University Blvd,Chicago,IL,60630,195.63.181.215,5457 6834 1815 5370,2.51,2020-01-13,Business Administration,true,
100200,Olga,Carter,ocarter200@aol.com,+1 518 848 5573,779-85-6197,1996-08-27,9392 Center Way,Ann Arbor,MI,48129,129.112.154.48,4663237058111632,2.63,2017-01-13,Environmental Science,true,Résumé reviewed ✓
100201,Ewa,Rodriguez,ewa.rodriguez201@protonmail.com,967.400.0328,604-40-7442,1998-02-12,"6933 El Camino Real Ave, Apt 24C",El Paso,TX,79943,119.214.4.192,4695844071895075,2.86,2016-08-20,,true,"Scholarship: $65794.00, renewable"
100202,Andrew,Scott,andrew_scott+sis@students.example.edu,+1 357 298 1452,866-95-3096,2004-11-01,"8885 Pine Ct, Unit 31C",Spokane,WA,99243,7.33.20.161,4110525201062648,2.58,2023-08-10,Mechanical Engineering,true,"Line 1: address change
Line 2: new phone (782) 582-7180
Line 3: done"
100203,Дмитрий,Miller,dmiller203@uni.example.ac.uk,3376463875,038509230,2005-11-25,1066 El Camino Real Ct,Cambridge,MA,02190,2001:6b53:c578:f117::6111,4642884617318988,4.00,2024-01-21,Environmental Science,false,
100204,Kevin,Thomas,kthomas204@gmail.com,+1 609 885 0290,827-30-4880,1997-07-09,4192 Lincoln Ln,Worcester,Massachusetts,01666,149.45.217.131,5166 6338 0731 3447,3.55,2018-08-24,,true,
100205,Inés,Gonçalves,GONCALVES.INES4@GMAIL.COM,(587) 299-9708,733-48-4228,2006-02-02,"2587 Ridge Ct, Ste 27C",Las Vegas,NV,89160,157.207.105.180,4322230909186666,3.34,2024-01-16,Neuroscience,true,
100206,Łukasz,Davis,lukasz.davis206@hotmail.com,+1 639 412 7412,782-17-5935,2000-03-08,6116 Elm Avenue,Charlottesville,VA,22906,163.133.160.172,4550851591199791,2.61,2017-08-20,Psychology,false,
100207,强,张,zhang.qiang6@uni.example.ac.uk,(580) 545-3500,404948063,1995-04-17,9717 Willow Ct,Tucson,AZ,85719,127.83.194.62,,3.36,2017-08-19,Political Science,true,
100208,KWAME,Wang,wang.kwame7@gmail.com,(590) 272-0082,335-78-1106,2007-03-10,3857 Maple Rd,PHOENIX,AZ,85030,69.155.39.82,6011 0561 0004 5836,2.70,2024-01-22,Art,true,
100209,Inés,이,ines.lee209@icloud.com,+1 681 856 5546,845-07-1528,2005-11-26,7492 Pine Street,Austin,TX,78783,144.15.52.135,4109910356586935,3.38,2024-06-23,Electrical Engineering,true,"Transferred from Northern Institute, credits pending review"
100210,José,Young,jose.young@example.edu,+1 448 713 5120,600-13-1920,07/09/2004,2979 Elm Rd,Cambridge,MA,02174,169.83.59.120,5168 6536 9402 7056,2.84,2024-01-12,Mechanical Engineering,true,
100211,Betty,Schmidt,bschmidt211@outlook.com,(242) 388-0989,432-54-9624,2000-10-21,6719 Hill Pl,Newark,NJ,07177,2001:c0b1:97d8:2d1b:4a7d:3c6e:c66:df39,6011367568293150,3.30,2018-08-13,Civil Engineering,true,
100212,Hélène,Løvland,helene.lovland212@icloud.com,473.641.5114,816-36-8805,2007-11-17,"4449 Sunset St, Apt 20C",Durham,,27708,25.196.138.54,6011 1510 6648 0828,3.26,2024-08-26,Art,true,
100213,William,Lee,william_lee+sis@example.edu,7485147263,614-47-2825,2000-09-05,"5862 El Camino Real Drive, # 19D",New York,NY,10090,109.70.8.58,4881-7570-9967-3569,2.47,2019-01-17,Marketing,true,
100214,Katarzyna,陈,kchen214@aol.com,297.737.8477,602-78-1113,01/20/2004,"3750 Broadway Pl, Ste 16A",Charlotte,NC,28211,109.220.96.61,4885266817113144,3.27,2022-06-27,Education,true,
100215,Olivia,Thompson, olivia_thompson+sis@protonmail.com ,,830-84-9276,1999-05-12,4396 Washington St,Philadelphia,PA,,2001:5af3:06b7:3894:a8f3:5e2a:eb5d:e7e7,5405272096139089,2.87,2018-06-28,Environmental Science,true,
100216,伟,Chen,wei.chen216@icloud.com,(629) 566-0768,152-72-7639,2000-04-19,"6455 Lincoln Way, # 12B",Durham,NC,27720,177.85.143.23,5245770786351876,2.88,2019-08-14,Biology,true,"Paid in full, receipt #50901, card ending 1876"
100217,Jessica,Çelik,celik.jessica16@students.example.edu,+1 735 353 6552,623-66-3263,2002-11-09,"4424 Jefferson St, # 7D",Anchorage,AK,99562,103.39.194.153,5306524453192733,3.84,2022-01-15,Sociology,true,
100218,André,张,andre.zhang@mail.example.org,(997) 899-3609,053-02-6054,2006-03-12,4497 Meadow Terrace,Dallas,tx,75244-2626,161.162.44.159,4449923494970795,2.86,2024-08-28,History,false,
100219,cynthia,Singh,csingh219@example.edu,850-458-0561,237-40-3048,2005-12-22,"2895 Main Avenue, Suite 39D",Baton Rouge,LA,70892,132.241.91.73,4938418102950238,3.63,2022-08-12,Accounting,,"Prefers to be called ""Bobby"", pronouns they/them"
100220,Aiden,Martinez,amartinez220@outlook.com,(205) 467-1751,772-33-4213,1999-02-26,1182 River Avenue,Des Moines,IA,50351,193.210.209.202,,3.16,2020-06-19,Education,false,"Scholarship: $70178.00, renewable"
100221,Sandra,Kim,sandra.kim@outlook.com,256-368-0959,657-48-9352,1997-11-06,7021 Jackson Ln,Durham,NC,27780,61.148.32.142,4049710321711185,3.06,2019-06-21,Marketing,true,
100222,Susan,Chen,,433-256-6998,070-92-4858,01/06/1994,"2229 Washington St, Ste 21A",Madison,WI,53798,162.208.111.26,342422450457653,2.19,2013-08-23,Computer Science,false,
100223,Amanda,Pérez,amanda.perez223@students.example.edu,(373) 584-0023,,,6924 Mill Way,St. Louis,MO,63137,23.215.48.62,4996870690439389,3.11,2020-06-20,Chemistry,true,
100224,Ethan,Adeyemi,ethan_adeyemi+sis@uni.example.ac.uk,(462) 636-7244,823-31-5983,2002-07-20,1690 Hill Ave,Charlotte,NC,28285,28.102.253.174,,2.84,2022-06-10,Physics,true,
100225,Lucas,Moore,lucas.moore225@example.edu,(731) 586-6300,065-05-4765,1997-03-18,371 Broadway Drive,Nashville,TN,37239,109.13.63.197,4218368290714238,3.14,2014-06-17,Data Science,true,"留学生 (exchange student), visa status OK"
100226,Isabella,Hernandez,,359-219-6373,701-70-5471,1995-11-18,788 Lincoln Ave,Charlotte,NC,28241,3.187.247.85,6011 5509 8944 6917,3.20,2014-01-16,English,true,
100227,Daniel,Miller,daniel_miller+sis@icloud.com,721-358-3146,198-42-1480,1995-10-28,9446 Maple Ct,Spokane,WA,99219,59.176.83.10,4845 9845 2432 6952,3.19,2012-08-16,Civil Engineering,true,
100228,Emma,Nowak,emma.nowak228@students.example.edu,774-722-7981,542-04-9350,2000-12-07,5439 River Dr,Chicago,IL,60650,83.66.164.106,5367710575767348,3.09,2020-06-17,Civil Engineering,true,"留学生 (exchange student), visa status OK"
100229,Jason,佐藤,jason.sato@example.edu,2653688486,202-44-8014,2001-09-28,9384 Lake Terrace,Princeton,NJ,08570,209.199.104.188,3749 712962 70416,3.30,2018-01-14,Undeclared,true,
100230,민준,Rodriguez,rodriguez.minjun29@outlook.com,(539) 634-9203,386-34-5594,1998-03-27,"2121 Cesar Chavez Dr, Apt. 29A",Providence,RI,02989,88.221.74.75,5299 6411 5622 8710,3.83,2020-08-18,Education,true,"Called on 2023-03-07
Left voicemail, will follow up"
100231,Ewa,Martin,martin.ewa30@hotmail.com,844-957-7377,640-41-1291,1995-11-25,1269 Jefferson Pl,New Orleans,LA,70172,214.203.64.65,5540229141642182,3.57,2012-01-14,Communications,true,   whitespace around note   
100232,Grace,Carter,grace.carter@hotmail.com,(235) 465-5520,487-96-9709,1995-11-22,8771 Chestnut St,St. Paul,MN,55184,188.49.137.37,,2.84,2016-08-28,Nursing,true,
100233,翔太,Anderson,shota_anderson+sis@mail.example.org,661-881-6646,821-83-6351,1996-05-14,7807 Walnut St,Worcester,MA,01676,132.121.169.92,4735483292662386,2.65,2017-08-18,Economics,false,
100234, Kwame,de la Cruz,kdelacruz234@students.example.edu,977-618-0459,084-30-6009,1999-01-16,4275 Washington Rd,San José,CA,95137,85.197.119.55,5244617349585857,3.29,2019-06-21,Electrical Engineering,true,"Transferred from Northern Institute, credits pending review"
100235,Evelyn,Martinez,evelyn.martinez235@hotmail.com,9589947773,637-19-8759,1997-10-07,5159 Maple Blvd,Cleveland,OH,44192,84.33.141.249,4532370081722759,3.79,2017-06-10,Mechanical Engineering,true,
100236,George,Harris,george.harris@icloud.com,9572373374,445-06-4364,1996-04-21,"2666 Valley St, Apt. 18A",Baltimore,MD,21226,220.199.2.108,,3.18,2017-06-14,Music,true,
100237,James,Perez,james.perez237@hotmail.com,241-590-0777,013-24-4307,2004-03-21,"7231 Spring Ave, Unit 31A",Madison,WI,53721,88.251.125.196,5323-5951-3541-6269,3.09,2021-06-22,Undeclared,true,
100238,Rahul,Jiménez,rjimenez238@yahoo.com,6116826697,139-32-3593,1994-06-24,"7076 Park Pl, # 37B",Philadelphia,PA,19191,92.25.46.183,4279175175834437,3.05,2012-01-17,Sociology,true,
100239,Fatima,Garcia,fgarcia239@aol.com,(636) 698-2160,144-15-7655,1999-09-16,1174 Washington Pl,San Francisco,CA,94154,62.70.130.243,6011094182810769,2.74,2020-01-16,Computer Science,true,
100240,Susan,Kim,susan.kim240@protonmail.com,996.961.8305,549-89-0494,2004-04-26,1254 Oak Street,Baton Rouge,LA,70806,123.246.106.90,5378-8227-9278-2773,3.34,2024-08-26,Political Science,true,
100241,Eric,Torres,eric_torres+sis@icloud.com,633-760-2157,367-37-0763,2004-11-22,4159 Market Pl,Minneapolis,MN,55476,116.251.194.67,4714337658824300,3.63,2022-06-19,History,true,
100242,Priya,Wilson,pwilson242@yahoo.com,+1 535 439 6233,381-51-2001,1994-09-15,"6515 Jefferson Road, Suite 14D",Los Angeles,CA,90008,2658:889f:ed7d:4113::18bb,5375995898993545,3.46,2012-06-12,Accounting,true,
100243,陽菜,Núñez,hina.nunez243@aol.com,436-792-4436,536-53-8999,2004-05-07,3180 Valley Street,Hartford,CT,06168,46.149.240.29,5561298654513027,3.18,2021-06-28,,false,
100244,Ethan,Hill,ethan.hill@gmail.com,+1 861 586 4869,542-70-5733,1998-04-05,9101 Walnut Ln,New York,NY,10059,157.206.233.98,5551695180064163,3.02,2020-06-24,Music,true,
100245,娜,Smith-Jones,smithjones.na44@yahoo.com,922-500-4945,677-84-0218,1999-12-09,3646 Hill Ln,Baton Rouge,LA,70854,176.29.247.231,4124138737166216,,2020-06-13,Nursing,true,
100246,Stephanie,Rodriguez,rodriguez.stephanie45@gmail.com,986.605.7000,043-57-9725,1996-08-28,5653 Park Dr,St. Paul,MN,55161,94.250.188.196,4944 1137 3437 6371,3.23,2017-06-23,Finance,true,"On probation, GPA below 2.0, meets with advisor weekly"
100247,,田中,patricia_tanaka+sis@hotmail.com,+1 320 796 3035,846-86-0965,2001-07-18,4260 Walnut Ave,Dallas,TX,75235,79.28.213.184,,3.26,2019-01-25,Sociology,true,"On probation, GPA below 2.0, meets with advisor weekly"
100248,Charles,Smith,smith.charles47@uni.example.ac.uk,940-979-1851,347-80-0777,1997-12-01,6622 Church Road,Las Vegas,NV,89159,55.21.242.37,,3.78,2019-08-15,Art,true,
100249,João,Gonzalez,joao_gonzalez+sis@aol.com,(892) 268-5026,552-37-0318,2005-10-11,4304 Park Rd,Burlington,VT,05418,127.224.25.61,5131-6096-2158-5750,3.34,2023-06-22,Sociology,true,
100250,Björn,張,bjorn.chang250@example.edu,222-764-6350,853-33-6637,1999-10-15,"2213 Walnut Ln, # 38B",Minneapolis,MN,55408,141.22.8.163,6011464688494345,4.00,2017-08-13,Mechanical Engineering,true,Alt email: bjorn80@mail.example.org
100251,Ashley,Schmidt,ashley_schmidt+sis@outlook.com,(742) 994-4967,801-48-5320,2001-03-27,"889 Cesar Chavez St, Ste 16D",Gainesville,FL,32622-6816,9.15.63.83,,3.75,2021-08-18,Mechanical Engineering,true,
100252,Kathleen,Carter,carter.kathleen51@uni.example.ac.uk,3333445730,107-56-6792,1996-10-18,9700 Cesar Chavez Blvd,Kansas City,MO,64163,73.77.158.33,5174068231995727,,2014-01-15,Finance,true,
100253,Richard,Ramirez,richard.ramirez@uni.example.ac.uk,686-305-3364,409-14-1572,1997-08-10,"328 River Rd, Unit 22B",Las Vegas,NV,89186,172.210.244.139,4368 3352 2775 9055,3.49,2014-01-18,Environmental Science,true,
100254,Fatima,Hall,hall.fatima53@icloud.com,(726) 304-6179,355-81-2573,1999-03-27,4300 El Camino Real Street,Worcester,MA,01654,2629:4a35:8184:f109:e63d:75c4:bbdf:fdde,5312 6199 2293 5209,3.12,2017-06-24,Marketing,true,
100255,Timothy,Hernández,timothy.hernandez255@hotmail.com,947.422.4181,134-45-7419,2000-12-23,3714 Mill Avenue,Boston,MA,02156,20.114.187.21,4190119546970526,3.68,2020-06-25,Physics,true,"Scholarship: $70260.00, renewable"
100256,Ethan,ROBINSON,ethan.robinson@icloud.com,810.885.7306,371-35-6969,2006-12-15,9401 Valley Avenue,Boise,ID,83780,189.28.195.185,,3.14,2024-01-27,Mathematics,true,
100257,Laura,Παπαδόπουλος,laura_papadopoulos+sis@protonmail.com,(498) 580-5868,202-61-7243,2007-09-18,"3736 Union Street, # 34D",Boston,MA,02134,205.144.253.34,6011951983593235,,2024-06-11,Sociology,true,
100258,Ewa,Løvland,lovland.ewa57@uni.example.ac.uk,(575) 292-1202,750-28-4664,2004-06-28,9492 Center Ln,Minneapolis,MN,55452,223.32.50.118,5420885689187560,2.85,2022-08-27,Computer Science,true,
100259,Donna,佐藤,sato.donna58@gmail.com,5604479153,142-26-2364,1995-08-13,1422 Willow Road,Kansas City,MO,64101-5374,78.186.43.26,4076-7627-7835-8313,2.63,2014-08-22,Electrical Engineering,false,"Transferred from Lakeside College, credits pending review"
100260,Ngozi,Williams,williams.ngozi59@aol.com,9422461564,611-98-0313,1994-07-19,"190 Broadway Terrace, Ste 38C",Dallas,TX,75200,37.196.28.117,6011-7772-8147-6470,2.76,2014-06-25,Economics,false,
100261,Lucas,Martin,lucas.martin261@aol.com,(686) 819-5475,322-74-0992,2004-10-06,4246 Madison Way,Cleveland,OH,44198,125.8.58.83,4342316312570145,3.11,2024-06-22,Mathematics,true,
100262,Ava,鈴木,ava_suzuki+sis@outlook.com,3575793271,328151938,1995-07-24,9781 River Way,Hartford,CT,06136,148.111.153.134,4150161260625785,3.34,2017-01-23,philosophy,true,Contact parent at (285) 286-4325
100263,Raúl,Moore,raul_moore+sis@protonmail.com,(421) 303-0846,114-66-5502,2006-01-26,9738 Lake Blvd,Albuquerque,NM,87100,164.101.74.179,4482 8803 2171 6320,3.47,2024-01-18,English,true,Alt email: raul82@uni.example.ac.uk
100264,Mia,Hernandez,mia.hernandez@hotmail.com,(821) 588-0167,368-78-4548,1994-06-13,3223 Cedar Pl,Honolulu,HI,96865,153.135.99.191,4237-1561-6542-8712,4.00,2015-01-19,Education,true,
100265,Ashley,Johnson,johnson.ashley64@outlook.com,(484) 564-5881,663-64-4621,1995-10-24,7185 Lake Street,Houston,TX,77086,197.129.236.18,4796-0494-0921-5396,2.38,2014-01-12,Physics,false,
100266,Jacob,Mitchell,mitchell.jacob65@yahoo.com,(937) 365-0082,871-72-9165,1998-05-04,8138 Sunset Ln,Honolulu,HI,96857,166.17.162.15,5577880049169466,3.41,2017-08-21,Biology,false,
100267,Timothy,Nelson,timothy.nelson@example.edu,652-744-5717,513-55-5756,1994-11-01,"2538 Madison Way, Apt. 20A",Austin,TX,78724,58.123.246.192,3796 719928 63515,2.43,2016-06-16,Sociology,true,
100268,Olga,Jackson,ojackson268@mail.example.org,+1 243 871 8320,606-10-0918,2000-02-25,"6158 Meadow Dr, Suite 40B",Minneapolis,MN,55483,,5578008436399426,3.32,2022-01-13,Nursing,true,
100269,Björn,Torres,torres.bjorn68@hotmail.com,(639) 410-2571,346-92-6057,1994-01-21,4752 Forest Rd,Phoenix,AZ,85063,,5325118071179078,3.30,2013-06-23,Chemistry,true,"He wrote: ""I'll be late, sorry"" — excused"
100270,Andrew,Lee,andrew.lee@outlook.com,212.573.8496,577-08-9220,2002-02-16,48 Hill Pl,Springfield,IL,62709,204.199.35.130,4116361539531680,3.62,2021-06-19,Philosophy,true,
100271,静,張,jchang271@aol.com,+1 604 943 1505,824301003,2002-01-11,,Brooklyn,NY,11253,44.217.201.138,4308017105499268,2.09,2022-01-20,Mechanical Engineering,true,Needs accommodation; see file #8467
100272,Дмитрий,Çelik,dcelik272@students.example.edu,,843-44-5623,2007-10-22,"1635 Chestnut Ln, Suite 9C",Nashville,TN,37268,260b:fce2:d424:4aba:9cd1:da63:dbc5:5b76,5577427545938786,3.02,2024-08-17,Philosophy,true,
100273,Paul,田中,paul.tanaka@aol.com,(757) 923-8648,542-22-6564,1994-10-07,"8543 Forest Street, # 28B",Houston,TX,77058,9.156.99.158,5280066784764186,3.48,2012-08-20,Business Administration,true,
100274,Linda,張,,(577) 944-8738,065-40-8210,2001-07-08,"2266 Washington Pkwy, Unit 15B",Minneapolis,MN,55475-6490,2001:c684:fba2:f81d::1a68,4809778236007791,3.70,2020-08-19,Undeclared,true,
100275,Chinonso,McDonald,chinonso_mcdonald+sis@protonmail.com,823.916.8264,709-79-6494,2007-10-06,"8966 Jefferson Rd, Apt 31B",Austin,TX,78732,151.135.226.115,5285 6864 1870 5464,2.91,2024-01-19,Philosophy,true,
100276,Дмитрий,Gonçalves,dmitriy_goncalves+sis@mail.example.org,(977) 373-6834,442-89-6838,1994-01-21,7858 Franklin Drive,Charlotte,NC,28231,179.212.225.251,4566835179624439,3.51,2014-06-21,Music,true,
100277,Noah,田中,ntanaka277@gmail.com,633-479-1744,326-81-5123,2004-11-04,"8897 Elm Dr, Apt 25D",Salt Lake City,UT,84108,2001:e351:95d2:7f33::2841,4015453693180701,3.23,2021-01-20,Communications,true,
100278,Ryan,Fischer,rfischer278@uni.example.ac.uk,862-401-5048,124-48-7904,2000-06-07,"6949 Elm Way, Suite 11D",Detroit,MI,48275,146.43.224.231,5396326607528502,3.19,2018-08-23,Business Administration,true,
100279,敏,Öztürk,min.ozturk279@students.example.edu,750-247-3055,516-03-1352,2001-04-06,8940 Washington Dr,Boston,MA,02193,38.87.190.242,373588257878861,3.24,2020-08-22, PHILOSOPHY,true,
100280,Zoë,,zoe.johnson280@hotmail.com,(491) 687-7029,240-05-8501,2005-12-22,"7113 Lincoln Pkwy, Suite 20A",Miami,FL,33170,211.31.153.239,4835933121308642,2.71,2023-08-23,Nursing,true,
"""#
}
