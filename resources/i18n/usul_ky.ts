<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky">
<context>
    <name>Cli</name>
    <message>
        <source>The sample school was loaded into {path}.</source>
        <translation>Үлгү мектеп {path} файлына жүктөлдү.</translation>
    </message>
    <message>
        <source>The database is sound: {path}</source>
        <translation>Маалымат базасы бузулган эмес: {path}</translation>
    </message>
    <message>
        <source>Backup written: {path}</source>
        <translation>Камдык көчүрмө жазылды: {path}</translation>
    </message>
    <message>
        <source>Row {row}: {problem}</source>
        <translation>{row}-сап: {problem}</translation>
    </message>
    <message>
        <source>Sheet «{sheet}», header in row {row}.</source>
        <translation>«{sheet}» барагы, баш сабы {row}-сапта.</translation>
    </message>
    <message>
        <source>Added: {added}. Updated: {updated}. Skipped: {skipped}. Rejected: {rejected}.</source>
        <translation>Кошулду: {added}. Жаңыртылды: {updated}. Өткөрүлүп жиберилди: {skipped}. Четке кагылды: {rejected}.</translation>
    </message>
    <message>
        <source>New subjects added to the catalogue: {names}</source>
        <translation>Тизмеге жаңы предметтер кошулду: {names}</translation>
    </message>
    <message>
        <source>Columns ignored: {names}</source>
        <translation>Эске алынбаган мамычалар: {names}</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Усулдук кабинет</source>
        <translation>Усулдук кабинет</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Not found: {key}.</source>
        <translation>Табылган жок: {key}.</translation>
    </message>
    <message>
        <source>Write the academic year as two consecutive years, like 2025–2026 (not «{label}»).</source>
        <translation>Окуу жылын катар келген эки жыл менен жазыңыз, мисалы 2025–2026 («{label}» эмес).</translation>
    </message>
    <message>
        <source>The year ends ({end}) before it starts ({start}).</source>
        <translation>Окуу жылынын аягы ({end}) анын башталышынан ({start}) эрте.</translation>
    </message>
    <message>
        <source>The year {label} must start in its first calendar year, not on {start}.</source>
        <translation>{label} окуу жылы өзүнүн биринчи календардык жылында башталышы керек, {start} эмес.</translation>
    </message>
    <message>
        <source>A year has exactly {expected} terms, not {count}.</source>
        <translation>Окуу жылында так {expected} чейрек болот, {count} эмес.</translation>
    </message>
    <message>
        <source>Terms are numbered 1 to 4 in order: found {number} where {expected} was expected.</source>
        <translation>Чейректер 1-ден 4-кө чейин катары менен номерленет: {expected} ордуна {number} табылды.</translation>
    </message>
    <message>
        <source>Term {term} ends ({end}) before it starts ({start}).</source>
        <translation>{term}-чейректин аягы ({end}) анын башталышынан ({start}) эрте.</translation>
    </message>
    <message>
        <source>Term {term} must lie inside the year ({year_start} – {year_end}).</source>
        <translation>{term}-чейрек окуу жылынын чегинде ({year_start} – {year_end}) болушу керек.</translation>
    </message>
    <message>
        <source>Term {term} starts on {start}, before term {previous} ends ({previous_end}).</source>
        <translation>{term}-чейрек {start} күнү, {previous}-чейрек аяктай электе ({previous_end}) башталат.</translation>
    </message>
    <message>
        <source>The year {label} already exists.</source>
        <translation>{label} окуу жылы мурунтан эле бар.</translation>
    </message>
    <message>
        <source>The dates of {label} overlap the year {other}.</source>
        <translation>{label} окуу жылынын мөөнөтү {other} окуу жылы менен кесилишет.</translation>
    </message>
    <message>
        <source>Enter the school&apos;s name (in Kyrgyz or in Russian).</source>
        <translation>Мектептин аталышын киргизиңиз (кыргызча же орусча).</translation>
    </message>
    <message>
        <source>Unknown language «{language}»: use ky or ru.</source>
        <translation>Белгисиз тил «{language}»: ky же ru деп көрсөтүңүз.</translation>
    </message>
    <message>
        <source>The file {path} is not a database of Усулдук кабинет or is damaged; it was not changed.</source>
        <translation>{path} файлы «Усулдук кабинет» программасынын маалымат базасы эмес же бузулган; ал өзгөртүлгөн жок.</translation>
    </message>
    <message>
        <source>The file {path} belongs to another program; it was not changed.</source>
        <translation>{path} файлы башка программага таандык; ал өзгөртүлгөн жок.</translation>
    </message>
    <message>
        <source>The database already holds a school; the sample is loaded only into an empty database.</source>
        <translation>Маалымат базасында мектеп мурунтан эле бар; үлгү мектеп бош базага гана жүктөлөт.</translation>
    </message>
    <message>
        <source>{field}: this field must be filled in.</source>
        <translation>{field}: бул талааны толтуруу милдеттүү.</translation>
    </message>
    <message>
        <source>{field}: «{value}» is not an e-mail address.</source>
        <translation>{field}: «{value}» электрондук почтанын дареги эмес.</translation>
    </message>
    <message>
        <source>{field}: experience cannot start before the birth date.</source>
        <translation>{field}: эмгек стажы туулган күндөн мурун башталышы мүмкүн эмес.</translation>
    </message>
    <message>
        <source>{field}: the teacher cannot leave before being hired.</source>
        <translation>{field}: мугалим ишке кабыл алынганга чейин иштен бошой албайт.</translation>
    </message>
    <message>
        <source>{field}: choose the main subject first.</source>
        <translation>{field}: адегенде негизги окуу предметин тандаңыз.</translation>
    </message>
    <message>
        <source>{field}: {value} is not a number of hours (1–2000).</source>
        <translation>{field}: {value} — туура эмес саат саны (1–2000).</translation>
    </message>
    <message>
        <source>{field}: the end is before the start.</source>
        <translation>{field}: аягы башталышынан эрте.</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>{path} файлы табылган жок.</translation>
    </message>
    <message>
        <source>The file {path} is not an Excel workbook (.xlsx).</source>
        <translation>{path} файлы Excel китеби (.xlsx) эмес.</translation>
    </message>
    <message>
        <source>The file {path} is protected by a password: save it without a password and try again.</source>
        <translation>{path} файлы сырсөз менен корголгон: аны сырсөзсүз сактап, кайра аракет кылыңыз.</translation>
    </message>
    <message>
        <source>The file {path} cannot be read: {reason}</source>
        <translation>{path} файлын окуу мүмкүн эмес: {reason}</translation>
    </message>
    <message>
        <source>No header row with the teachers&apos; names was found (e.g. «ФИО» or «Аты-жөнү»).</source>
        <translation>Мугалимдердин аты-жөнү жазылган баш сап табылган жок (мисалы, «ФИО» же «Аты-жөнү»).</translation>
    </message>
    <message>
        <source>The workbook is empty.</source>
        <translation>Excel китеби бош.</translation>
    </message>
    <message>
        <source>{field}: «{value}» is not a category (highest, I, II or none).</source>
        <translation>{field}: «{value}» категория эмес (жогорку, I, II же категориясыз).</translation>
    </message>
    <message>
        <source>{field}: «{value}» is not a date (dd.mm.yyyy).</source>
        <translation>{field}: «{value}» дата эмес (кк.аа.жжжж).</translation>
    </message>
    <message>
        <source>{field}: «{value}» is neither a number of years nor a start date.</source>
        <translation>{field}: «{value}» жылдардын саны да, стаждын башталган датасы да эмес.</translation>
    </message>
    <message>
        <source>{name} is already on the staff.</source>
        <translation>{name} кызматкерлердин курамында мурунтан эле бар.</translation>
    </message>
    <message>
        <source>The subject «{name}» is taught by {count} teacher(s): it can be hidden, not deleted.</source>
        <translation>«{name}» предметин {count} мугалим окутат: аны жашырууга болот, бирок өчүрүүгө болбойт.</translation>
    </message>
    <message>
        <source>The subject «{name}» is already in the catalogue.</source>
        <translation>«{name}» предмети тизмеде мурунтан эле бар.</translation>
    </message>
    <message>
        <source>{count} row(s) have errors: nothing was imported. Fix them, or import the valid rows only.</source>
        <translation>{count} сапта ката бар: эч нерсе жүктөлгөн жок. Каталарды оңдоңуз же туура саптарды гана жүктөңүз.</translation>
    </message>
    <message>
        <source>{count} problem(s) to fix.</source>
        <translation>Оңдолушу керек болгон каталар: {count}.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Surname</source>
        <translation>Фамилиясы</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Атасынын аты</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Аты-жөнү</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Окуу предметтери</translation>
    </message>
    <message>
        <source>Main subject</source>
        <translation>Негизги предмет</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категориясы</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Эмгек стажы</translation>
    </message>
    <message>
        <source>Experience since</source>
        <translation>Стаждын башталышы</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Билими</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Туулган күнү</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефону</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Class leadership</source>
        <translation>Класс жетекчилиги</translation>
    </message>
    <message>
        <source>Last course</source>
        <translation>Акыркы курстук даярдоо</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Иштен бошогон күнү</translation>
    </message>
    <message>
        <source>Course title</source>
        <translation>Курстун аталышы</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Саат саны</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Аякталышы</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Усулдук кабинет — first start</source>
        <translation>Усулдук кабинет — биринчи ишке киргизүү</translation>
    </message>
    <message>
        <source>Welcome to Усулдук кабинет</source>
        <translation>«Усулдук кабинет» программасына кош келиңиз</translation>
    </message>
    <message>
        <source>This database is new. Enter your school&apos;s details to begin, or load the sample school to try the app first.</source>
        <translation>Бул маалымат базасы жаңы. Иштей баштоо үчүн мектебиңиздин маалыматтарын киргизиңиз же программаны адегенде сынап көрүү үчүн үлгү мектепти жүктөңүз.</translation>
    </message>
    <message>
        <source>&amp;Save and start</source>
        <translation>&amp;Сактоо жана баштоо</translation>
    </message>
    <message>
        <source>Load the &amp;sample school</source>
        <translation>&amp;Үлгү мектепти жүктөө</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Усулдук кабинет</source>
        <translation>Усулдук кабинет</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Негизги панель</translation>
    </message>
    <message>
        <source>Academic year:</source>
        <translation>Окуу жылы:</translation>
    </message>
    <message>
        <source>The academic year every page shows</source>
        <translation>Бардык барактарда көрсөтүлгөн окуу жылы</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Home</source>
        <translation>Башкы бет</translation>
    </message>
    <message>
        <source>What needs attention today: associations that have not met this term, overdue plan items, decisions past their date, teachers due for courses; and the year at a glance in charts.</source>
        <translation>Бүгүн көңүл бурууну талап кылган иштер: ушул чейректе отуруму өтпөгөн бирикмелер, мөөнөтү өткөн пландын иш-чаралары, мөөнөтү өткөн чечимдер, курстан өтүүчү мугалимдер; жана окуу жылынын жыйынтыгы диаграммаларда.</translation>
    </message>
    <message>
        <source>Associations</source>
        <translation>Бирикмелер</translation>
    </message>
    <message>
        <source>The methodical associations and cycle commissions of the year with their heads and members, the methodical council, suggestions by the rule of three, and the director&apos;s order.</source>
        <translation>Окуу жылынын усулдук бирикмелери жана циклдик комиссиялары, алардын жетекчилери жана мүчөлөрү, усулдук кеңеш, «үч мугалим» эрежеси боюнча сунуштар жана директордун буйругу.</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Отурумдар</translation>
    </message>
    <message>
        <source>The term meetings of every association and council: agenda, attendance, decisions, the protocols in Kyrgyz and Russian, and which association has not met this term.</source>
        <translation>Ар бир бирикменин жана кеңештин чейректик отурумдары: күн тартиби, катышуу, чечимдер, кыргыз жана орус тилдериндеги протоколдор, ушул чейректе кайсы бирикменин отуруму өтпөгөнү.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>The unified plan of methodical work and the associations&apos; work plans: deadlines, responsible people, review by the council, approval by the director, what was done.</source>
        <translation>Усулдук иштин бирдиктүү планы жана бирикмелердин иш пландары: аткаруу мөөнөттөрү, жооптуулар, усулдук кеңеште кароо, директордун бекитүүсү, эмне аткарылганы.</translation>
    </message>
    <message>
        <source>Teachers&apos; growth</source>
        <translation>Мугалимдердин өсүшү</translation>
    </message>
    <message>
        <source>Self-development topics, open lessons and master classes, mutual lesson visits, and the courses and attestations coming due.</source>
        <translation>Өздүк усулдук темалар, ачык сабактар жана мастер-класстар, сабактарга өз ара катышуу, мөөнөтү жеткен курстар жана аттестациялар.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчеттор</translation>
    </message>
    <message>
        <source>End-of-year reports, the district Excel workbook, and the regulations (Жобо / Положение).</source>
        <translation>Окуу жылынын аягындагы отчеттор, райондук бөлүм үчүн Excel китеби жана жоболор (Жобо / Положение).</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Кадрлар</translation>
    </message>
    <message>
        <source>The teachers with their subjects, categories, courses and attestation, and the import of the staff list from Excel.</source>
        <translation>Мугалимдер, алардын предметтери, категориялары, курстары жана аттестациясы, кадрлар тизмесин Excel&apos;ден жүктөө.</translation>
    </message>
</context>
<context>
    <name>SchoolForm</name>
    <message>
        <source>Name (Kyrgyz)</source>
        <translation>Аталышы (кыргызча)</translation>
    </message>
    <message>
        <source>Name (Russian)</source>
        <translation>Аталышы (орусча)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номери</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Дареги</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Директор</translation>
    </message>
    <message>
        <source>Deputy director for methodical work</source>
        <translation>Директордун усулдук иштер боюнча орун басары</translation>
    </message>
    <message>
        <source>District education office</source>
        <translation>Райондук билим берүү бөлүмү</translation>
    </message>
    <message>
        <source>Surname Name Patronymic</source>
        <translation>Фамилиясы Аты Атасынын аты</translation>
    </message>
    <message>
        <source>&amp;Save school details</source>
        <translation>Мектептин маалыматтарын &amp;сактоо</translation>
    </message>
    <message>
        <source>School details saved.</source>
        <translation>Мектептин маалыматтары сакталды.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>School</source>
        <translation>Мектеп</translation>
    </message>
    <message>
        <source>Years and terms</source>
        <translation>Окуу жылдары жана чейректер</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тил</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Жөндөөлөр</translation>
    </message>
    <message>
        <source>The window changes language at once. Documents are made in the language you choose for each of them.</source>
        <translation>Программанын тили ошол замат өзгөрөт. Документтер ар бири үчүн тандалган тилде түзүлөт.</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>Программанын тили</translation>
    </message>
</context>
<context>
    <name>YearsEditor</name>
    <message>
        <source>&amp;New year</source>
        <translation>&amp;Жаңы окуу жылы</translation>
    </message>
    <message>
        <source>Make &amp;current</source>
        <translation>&amp;Учурдагы кылуу</translation>
    </message>
    <message>
        <source>Academic year</source>
        <translation>Окуу жылы</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Башталышы</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Аякталышы</translation>
    </message>
    <message>
        <source>Methodical theme (Kyrgyz)</source>
        <translation>Усулдук тема (кыргызча)</translation>
    </message>
    <message>
        <source>Methodical theme (Russian)</source>
        <translation>Усулдук тема (орусча)</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Чейректер</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Чейрек</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Башталышы</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Аякталышы</translation>
    </message>
    <message>
        <source>Term {n}</source>
        <translation>{n} чейрек</translation>
    </message>
    <message>
        <source>The dates of the terms are set every year by the ministry&apos;s order: enter them as the order says. A date in the holidays belongs to no term.</source>
        <translation>Чейректердин мөөнөттөрү жыл сайын министрликтин буйругу менен белгиленет: аларды буйрукта көрсөтүлгөндөй киргизиңиз. Каникул учурундагы күн эч бир чейрекке кирбейт.</translation>
    </message>
    <message>
        <source>&amp;Save year</source>
        <translation>Окуу жылын &amp;сактоо</translation>
    </message>
    <message>
        <source>The year {label} was saved.</source>
        <translation>{label} окуу жылы сакталды.</translation>
    </message>
</context>
<context>
    <name>YearsModel</name>
    <message>
        <source>Year</source>
        <translation>Окуу жылы</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Башталышы</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Аякталышы</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Учурдагы</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ооба</translation>
    </message>
</context>
</TS>
