/// Common given names and surnames (US census top names, and frequent Korean, Chinese,
/// Japanese, Hispanic, European and West African ones), the strong evidence of
/// PERSON_NAME. Words that are mostly place or street names (Madison, Jackson, Austin,
/// Washington, Lincoln, ...) are left out on purpose, so that a city column does not
/// read as names.
enum CommonNames {
    static func contains(_ w: Bytes) -> Bool {
        guard w.count >= 1, w.count <= 24 else { return false }
        return words.contains(w)
    }

    private static let words = WordSet(spaceSeparated: given + " " + surnames)

    private static let given = """
        james john robert michael william david richard joseph thomas charles christopher daniel matthew \
        anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason \
        jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel \
        gregory alexander patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas \
        zachary peter kyle noah ethan jeremy walter christian keith roger terry harold sean carl arthur \
        lawrence dylan jesse jordan bryan billy joe bruce gabriel logan albert willie alan juan wayne elijah \
        randy roy vincent ralph eugene russell bobby mason philip louis liam lucas oliver leo \
        mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret \
        sandra ashley kimberly emily donna michelle carol amanda dorothy melissa deborah stephanie rebecca \
        sharon laura cynthia kathleen amy angela shirley anna brenda pamela emma nicole helen samantha \
        katherine christine debra rachel carolyn janet catherine maria heather diane ruth julie olivia \
        joyce virginia victoria kelly lauren christina joan evelyn judith megan andrea cheryl hannah jacqueline \
        martha gloria teresa ann sara janice marie julia grace judy theresa beverly denise marilyn amber \
        danielle brittany diana abigail natalie jane lori alexis tiffany kayla ava sophia isabella mia \
        chloe zoe ella lily priya arjun aisha fatima mohammed muhammad ahmed ali omar yusuf wei li na jing \
        hiroshi yuki haruto sakura minjun seoyeon jiho jiwoo seojun hayoon 서연 민준 지호 지우 서준 하윤 \
        oluwaseun ngozi chinedu emeka adebayo kwame amara olga dmitri dmitry ivan sergei natasha anastasia \
        дмитрий иван ольга наталья νίκος μαρία γιώργος sofia lucia mateo santiago alejandro carlos luis \
        miguel javier diego pablo jorge francisco antonio manuel rafael fernando ana carmen rosa elena \
        isabel pedro andre andré chloé renée zoé jürgen björn søren françois josé nuno joão ewa piotr \
        krzysztof agnieszka katarzyna anna lukas jan hans klaus stefan wolfgang giulia giuseppe marco \
        francesca alessandro matteo lorenzo \
        dan danny tom tommy bob bobby jim jimmy sam ben alex max nick mike matt chris kate katie jen jenny \
        liz beth meg sue pat ed eddie al tony steve dave jeff greg ken ron don rick jon josh andy pete \
        bill billy charlie harry oscar jake luke ethan caleb isaac owen aiden hunter connor evan \
        ian gavin chase cole blake ella avery scarlett aria layla nora hazel aurora violet stella lucy \
        claire savannah audrey brooklyn bella skylar paisley everly anna leah allison gabriella madelyn \
        alice jasmine eva emilia naomi elena maya ruby sadie piper lydia quinn jade molly jenna erin \
        kristen kristin courtney lindsay lindsey tara vanessa monica erica erika tina wendy vicky \
        rahul amit ravi sanjay anil sunil deepak vijay raj arun priyanka neha pooja anjali sneha divya \
        hiro kenji takashi yuto ren sota yui hina aoi mei jun hao jie ying lei xin yan fang \
        jiwon minseo seoyun jimin yuna hyun jisoo sungmin donghyun jaehyun \
        jose luis juan carlos jesus alejandro fernando ricardo eduardo roberto sergio andres \
        mohamed mohammad mahmoud hassan hussein ibrahim khalid omar tariq yasmin leila zainab amina \
        kofi kwabena ama abena chioma emeka obinna tunde bola yetunde femi \
        ivan alexei mikhail nikolai olga svetlana tatiana irina elena yuri boris \
        lars erik anders nils ingrid astrid sven karl johan hugo elias felix emil theo jonas leon \
        pierre jean louis marie camille chloe lea manon lucas hugo jules \
        giovanni luca marco paolo giulia chiara sara martina
        """

    private static let surnames = """
        smith johnson williams brown jones garcia miller davis rodriguez martinez hernandez lopez gonzalez \
        wilson anderson taylor thomas moore martin lee perez thompson white harris sanchez clark ramirez \
        lewis robinson walker young allen wright scott torres nguyen flores green adams nelson \
        baker hall rivera campbell mitchell carter roberts gomez phillips evans turner diaz parker cruz \
        edwards collins reyes stewart morris morales murphy cook rogers gutierrez ortiz morgan cooper \
        peterson bailey reed kelly howard ramos kim cox ward richardson watson brooks chavez wood james \
        bennett gray mendoza ruiz hughes price alvarez castillo sanders patel myers ross foster jimenez \
        powell sullivan russell ortega fisher butler obrien o'brien murray graham wallace west cole \
        park choi jung jeong kang cho yoon yun jang lim han oh seo shin kwon hwang ahn song yoo hong \
        김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 유 홍 전 고 문 손 양 배 백 허 남 심 노 \
        wang zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin luo zheng liang xie \
        王 李 張 张 劉 刘 陳 陈 楊 杨 黃 黄 趙 赵 吳 吴 周 林 \
        sato suzuki takahashi tanaka watanabe ito yamamoto nakamura kobayashi kato 鈴木 佐藤 田中 高橋 \
        okafor okonkwo adeyemi mensah ivanov ivanova petrov smirnov kuznetsov popov volkov \
        schmidt schneider fischer weber meyer wagner becker schulz hoffmann müller mueller \
        rossi russo ferrari esposito bianchi romano colombo ricci nowak kowalski wójcik wojcik kowalczyk \
        dubois durand leroy moreau fontaine silva santos oliveira pereira costa ferreira almeida \
        fernández fernandez pérez gómez díaz jiménez martín ruiz álvarez romero navarro \
        papadopoulos åström jansen jensen nielsen hansen andersen larsen johansson andersson karlsson \
        nilsson eriksson o'connor murphy kelly byrne ryan walsh ó súilleabháin brontë \
        jenkins perry russell sullivan coleman butler henderson barnes gonzales fisher vasquez simmons \
        romero jordan patterson alexander hamilton graham reynolds griffin wallace moreno west cole hayes \
        bryant herrera gibson ellis tran medina aguilar stevens murray castro marshall owens harrison \
        fernandes mcdonald woods kennedy wells vargas henry chen freeman webb tucker guzman burns \
        crawford olson simpson porter hunter gordon mendez silva shaw snyder mason dixon munoz hicks \
        palmer wagner black robertson boyd salazar fox meyer rice schmidt \
        garza daniels ferguson nichols stephens soto weaver ryan gardner payne dunn kelley spencer \
        hawkins arnold pierce vazquez hansen peters santos hart bradley knight elliott cunningham duncan \
        armstrong hudson carroll riley andrews alvarado ray delgado berry perkins hoffman johnston \
        matthews pena richards willis carpenter lawrence sandoval guerrero george chapman rios estrada \
        ortega watkins greene nunez wheeler valdez harper burke larson santiago maldonado morrison \
        carlson dominguez carr lawson jacobs obrien lynch singh vega bishop montgomery oliver \
        jensen harvey williamson gilbert sims espinoza howell li wong reid hanson le mccoy garrett \
        burton fuller wang weber welch rojas lucas marquez park yang little padilla \
        walsh bowman schultz luna fowler mejia davidson acosta brewer holland juarez newman pearson \
        curtis cortez douglas schneider joseph barrett navarro figueroa keller avila wade molina stanley \
        hopkins campos barnett bates chambers caldwell beck lambert miranda byrd craig ayala lowe frazier \
        neal leonard gregory carrillo sutton fleming rhodes shelton schwartz norris jennings watts \
        duran walters cohen mcdaniel moran parks steele vaughn becker holt deleon barker terry hale leon \
        hail benson haynes horton miles lyons pham graves thornton wolfe warner cabrera mckinney mann \
        zimmerman dawson lara fletcher mccarthy robles cervantes solis erickson reeves chang \
        klein salinas fuentes baldwin daniel simon velasquez hardy higgins aguirre lin cummings chandler \
        sharp barber bowen ochoa dennis robbins liu ramsey francis griffith paul blair oconnor cardenas \
        pacheco calderon quinn moss swanson chan rivas khan rodgers serrano fitzgerald rosales \
        stevenson christensen manning gill curry mclaughlin harmon mcgee gross doyle garner newton burgess \
        reese walton blake trujillo adkins brady goodman roman webster goodwin fischer huang potter \
        delacruz montoya todd wu hines mullins castaneda malone cannon tate mack sherman hubbard hodges \
        zhang wolf valencia saunders franco rowe gallagher farmer hammond hampton townsend ingram \
        gallegos clarke barton schroeder maxwell waters logan camacho strickland norman \
        colon parsons harrington glover osborne buchanan casey floyd patton ibarra tyler \
        suarez bowers orozco salas cobb gibbs andrade bauer conner moody escobar mcguire lloyd mueller \
        hartman kramer mcbride pope lindsey velazquez norton mccormick sparks flynn yates hogan \
        marsh macias villanueva zamora pratt stokes owen ballard lang brock villarreal charles drake \
        barrera cain patrick pineda burnett mercado santana shepherd bautista ali shaffer trevino \
        mckenzie hess beil olsen cochran morton nash wilkins petersen briggs shah roth nicholson holloway \
        lozano flowers rangel hoover arias mora valenzuela bryan meyers weiss underwood bass greer \
        summers carson morrow clayton whitaker decker yoder collier zuniga carey wilcox melendez \
        poole roberson larsen conley davenport copeland massey lam huff rocha cameron \
        anthony pittman huynh randall singleton kirk combs mathis christian skinner bradford \
        richard galvan boone kirby wilkinson bridges bruce atkinson velez meza roy vincent \
        hodge villa abbott allison tapia chase sosa sweeney farrell wyatt dalton horn barron \
        phelps yu dickerson heath foley atkins mathews bonilla acevedo benitez zavala hensley glenn \
        cisneros harrell shields rubio huffman choi boyer garrison arroyo bond kane hancock callahan \
        dillon cline wiggins grimes arellano melton oneill savage ho beltran pitts parrish ponce \
        koch ware brennan mcdowell marks cantu humphrey baxter sawyer clay tanner hutchinson \
        kaur berg wiley gilmore russo villegas hobbs keith wilkerson ahmed beard mcclain montes mata \
        rosario vang walter henson oneal mosley mcclure beasley stephenson huerta preston \
        barry johns eaton blackwell dyer prince macdonald solomon guevara stafford hurst woodard \
        cortes shannon kemp nolan mccullough merritt murillo salgado kline cordova barajas \
        roach rosas jacobson lester knox bullock kerr leach meadows orr davila whitehead pruitt \
        kent conway mckee barr david dejesus marin berger mcintyre blankenship gaines palacios cuevas \
        bartlett durham dorsey mccall odonnell stein browning stout lowery sloan mclean hendricks calhoun \
        sexton chung gentry hull duarte ellison nielsen gillespie buck middleton sellers leblanc esparza \
        hardin bradshaw mcintosh howe livingston frost morse knapp herman stark bravo \
        spears weeks corona frederick buckley mcfarland hebert enriquez hickman quintero randolph \
        schaefer walls trejo reilly pennington michael conrad giles benjamin crosby fitzpatrick \
        donovan mays mahoney valentine raymond medrano hahn mcmillan bentley felix peck lucero \
        boyle hanna pace rush hurley harding mcconnell bernal nava ayers everett ventura avery pugh \
        mayer bender shepard mcmahon landry sampson moses magana blackburn dunlap gould duffy \
        vaughan herring mckay espinosa farley bernard ashley friedman potts truong costa correa \
        blevins nixon clements fry delarosa benton lugo portillo dougherty crane haley phan villalobos \
        blanchard horne finley quintana lynn esquivel bean dodson mullen xiong hayden cano levy huber \
        moyer lim frye sheppard mccarty avalos booker waller parra woodward jaramillo krueger \
        rasmussen brandt peralta donaldson stuart faulkner maynard galindo coffey estes sanford burch \
        maddox vo oconnell vu andersen spence mcpherson schmitt stanton leal cherry compton dudley \
        pollard alfaro hester proctor lu hinton novak madden mccann terrell jarvis dickson \
        reyna cantrell mayo hendrix rollins rowland whitney odom daugherty tang
        """
}
