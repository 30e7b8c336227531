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
        gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas \
        zachary peter kyle noah ethan jeremy walter christian keith roger terry harold sean carl arthur \
        lawrence dylan jesse jordan bryan billy joe bruce gabriel logan albert willie alan juan wayne elijah \
        randy roy vincent ralph eugene russell bobby mason philip louis liam lucas oliver leo \
        mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret \
        sandra ashley kimberly emily donna michelle carol amanda dorothy melissa deborah stephanie rebecca \
        sharon laura cynthia kathleen amy angela shirley anna brenda pamela emma nicole helen samantha \
        katherine christine debra rachel carolyn janet catherine maria heather diane ruth julie olivia \
        joyce virginia victoria kelly lauren christina joan evelyn judith megan andrea cheryl hannah jacqueline \
        martha gloria teresa ann sara janice marie julia grace judy theresa beverly denise marilyn amber \
        danielle rose brittany diana abigail natalie jane lori alexis tiffany kayla ava sophia isabella mia \
        chloe zoe ella lily priya arjun aisha fatima mohammed muhammad ahmed ali omar yusuf wei li na jing \
        hiroshi yuki haruto sakura minjun seoyeon jiho jiwoo seojun hayoon 서연 민준 지호 지우 서준 하윤 \
        oluwaseun ngozi chinedu emeka adebayo kwame amara olga dmitri dmitry ivan sergei natasha anastasia \
        дмитрий иван ольга наталья νίκος μαρία γιώργος sofia lucia mateo santiago alejandro carlos luis \
        miguel javier diego pablo jorge francisco antonio manuel rafael fernando ana carmen rosa elena \
        isabel pedro andre andré chloé renée zoé jürgen björn søren françois josé nuno joão ewa piotr \
        krzysztof agnieszka katarzyna anna lukas jan hans klaus stefan wolfgang giulia giuseppe marco \
        francesca alessandro matteo lorenzo
        """

    private static let surnames = """
        smith johnson williams brown jones garcia miller davis rodriguez martinez hernandez lopez gonzalez \
        wilson anderson taylor thomas moore martin lee perez thompson white harris sanchez clark ramirez \
        lewis robinson walker young allen king wright scott torres nguyen hill flores green adams nelson \
        baker hall rivera campbell mitchell carter roberts gomez phillips evans turner diaz parker cruz \
        edwards collins reyes stewart morris morales murphy cook rogers gutierrez ortiz morgan cooper \
        peterson bailey reed kelly howard ramos kim cox ward richardson watson brooks chavez wood james \
        bennett gray mendoza ruiz hughes price alvarez castillo sanders patel myers long ross foster jimenez \
        powell sullivan russell ortega fisher butler obrien o'brien murray ford graham wallace west cole \
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
        nilsson eriksson o'connor murphy kelly byrne ryan walsh ó súilleabháin brontë
        """
}
