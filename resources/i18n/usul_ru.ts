<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>Cli</name>
    <message>
        <source>The sample school was loaded into {path}.</source>
        <translation>Демонстрационная школа загружена в {path}.</translation>
    </message>
    <message>
        <source>The database is sound: {path}</source>
        <translation>База данных исправна: {path}</translation>
    </message>
    <message>
        <source>Backup written: {path}</source>
        <translation>Резервная копия записана: {path}</translation>
    </message>
    <message>
        <source>Row {row}: {problem}</source>
        <translation>Строка {row}: {problem}</translation>
    </message>
    <message>
        <source>Sheet «{sheet}», header in row {row}.</source>
        <translation>Лист «{sheet}», заголовок в строке {row}.</translation>
    </message>
    <message>
        <source>Added: {added}. Updated: {updated}. Skipped: {skipped}. Rejected: {rejected}.</source>
        <translation>Добавлено: {added}. Обновлено: {updated}. Пропущено: {skipped}. Отклонено: {rejected}.</translation>
    </message>
    <message>
        <source>New subjects added to the catalogue: {names}</source>
        <translation>В справочник добавлены новые предметы: {names}</translation>
    </message>
    <message>
        <source>Columns ignored: {names}</source>
        <translation>Не учтены столбцы: {names}</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Усулдук кабинет</source>
        <translation>Методический кабинет</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Not found: {key}.</source>
        <translation>Не найдено: {key}.</translation>
    </message>
    <message>
        <source>Write the academic year as two consecutive years, like 2025–2026 (not «{label}»).</source>
        <translation>Укажите учебный год как два последовательных года, например 2025–2026 (а не «{label}»).</translation>
    </message>
    <message>
        <source>The year ends ({end}) before it starts ({start}).</source>
        <translation>Окончание учебного года ({end}) раньше его начала ({start}).</translation>
    </message>
    <message>
        <source>The year {label} must start in its first calendar year, not on {start}.</source>
        <translation>Учебный год {label} должен начинаться в первом из своих календарных лет, а не {start}.</translation>
    </message>
    <message>
        <source>A year has exactly {expected} terms, not {count}.</source>
        <translation>Количество четвертей в учебном году должно быть ровно {expected}, а не {count}.</translation>
    </message>
    <message>
        <source>Terms are numbered 1 to 4 in order: found {number} where {expected} was expected.</source>
        <translation>Четверти нумеруются по порядку от 1 до 4: найден номер {number} вместо {expected}.</translation>
    </message>
    <message>
        <source>Term {term} ends ({end}) before it starts ({start}).</source>
        <translation>Окончание {term}-й четверти ({end}) раньше её начала ({start}).</translation>
    </message>
    <message>
        <source>Term {term} must lie inside the year ({year_start} – {year_end}).</source>
        <translation>{term}-я четверть должна быть в пределах учебного года ({year_start} – {year_end}).</translation>
    </message>
    <message>
        <source>Term {term} starts on {start}, before term {previous} ends ({previous_end}).</source>
        <translation>{term}-я четверть начинается {start}, раньше окончания {previous}-й четверти ({previous_end}).</translation>
    </message>
    <message>
        <source>The year {label} already exists.</source>
        <translation>Учебный год {label} уже существует.</translation>
    </message>
    <message>
        <source>The dates of {label} overlap the year {other}.</source>
        <translation>Даты учебного года {label} пересекаются с учебным годом {other}.</translation>
    </message>
    <message>
        <source>Enter the school&apos;s name (in Kyrgyz or in Russian).</source>
        <translation>Введите название школы (на кыргызском или русском языке).</translation>
    </message>
    <message>
        <source>Unknown language «{language}»: use ky or ru.</source>
        <translation>Неизвестный язык «{language}»: укажите ky или ru.</translation>
    </message>
    <message>
        <source>The file {path} is not a database of Усулдук кабинет or is damaged; it was not changed.</source>
        <translation>Файл {path} не является базой данных программы «Методический кабинет» или повреждён; он не был изменён.</translation>
    </message>
    <message>
        <source>The file {path} belongs to another program; it was not changed.</source>
        <translation>Файл {path} принадлежит другой программе; он не был изменён.</translation>
    </message>
    <message>
        <source>The database already holds a school; the sample is loaded only into an empty database.</source>
        <translation>В базе данных уже есть школа; демонстрационная школа загружается только в пустую базу данных.</translation>
    </message>
    <message>
        <source>{field}: this field must be filled in.</source>
        <translation>{field}: это поле обязательно для заполнения.</translation>
    </message>
    <message>
        <source>{field}: «{value}» is not an e-mail address.</source>
        <translation>{field}: «{value}» не является адресом электронной почты.</translation>
    </message>
    <message>
        <source>{field}: experience cannot start before the birth date.</source>
        <translation>{field}: стаж не может начинаться раньше даты рождения.</translation>
    </message>
    <message>
        <source>{field}: the teacher cannot leave before being hired.</source>
        <translation>{field}: дата увольнения не может быть раньше даты приёма на работу.</translation>
    </message>
    <message>
        <source>{field}: choose the main subject first.</source>
        <translation>{field}: сначала выберите основной предмет.</translation>
    </message>
    <message>
        <source>{field}: {value} is not a number of hours (1–2000).</source>
        <translation>{field}: {value} — недопустимое количество часов (1–2000).</translation>
    </message>
    <message>
        <source>{field}: the end is before the start.</source>
        <translation>{field}: окончание раньше начала.</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>Файл {path} не найден.</translation>
    </message>
    <message>
        <source>The file {path} is not an Excel workbook (.xlsx).</source>
        <translation>Файл {path} не является книгой Excel (.xlsx).</translation>
    </message>
    <message>
        <source>The file {path} is protected by a password: save it without a password and try again.</source>
        <translation>Файл {path} защищён паролем: сохраните его без пароля и повторите попытку.</translation>
    </message>
    <message>
        <source>The file {path} cannot be read: {reason}</source>
        <translation>Не удаётся прочитать файл {path}: {reason}</translation>
    </message>
    <message>
        <source>No header row with the teachers&apos; names was found (e.g. «ФИО» or «Аты-жөнү»).</source>
        <translation>Не найдена строка заголовков с ФИО учителей (например, «ФИО» или «Аты-жөнү»).</translation>
    </message>
    <message>
        <source>The workbook is empty.</source>
        <translation>Книга Excel пуста.</translation>
    </message>
    <message>
        <source>{field}: «{value}» is not a category (highest, I, II or none).</source>
        <translation>{field}: «{value}» не является категорией (высшая, I, II или без категории).</translation>
    </message>
    <message>
        <source>{field}: «{value}» is not a date (dd.mm.yyyy).</source>
        <translation>{field}: «{value}» не является датой (дд.мм.гггг).</translation>
    </message>
    <message>
        <source>{field}: «{value}» is neither a number of years nor a start date.</source>
        <translation>{field}: «{value}» — это не число лет и не дата начала.</translation>
    </message>
    <message>
        <source>{name} is already on the staff.</source>
        <translation>{name} уже есть в списке сотрудников.</translation>
    </message>
    <message>
        <source>The subject «{name}» is taught by {count} teacher(s): it can be hidden, not deleted.</source>
        <translation>Предмет «{name}» ведут учителя (всего: {count}): его можно скрыть, но нельзя удалить.</translation>
    </message>
    <message>
        <source>The subject «{name}» is already in the catalogue.</source>
        <translation>Предмет «{name}» уже есть в справочнике.</translation>
    </message>
    <message>
        <source>{count} row(s) have errors: nothing was imported. Fix them, or import the valid rows only.</source>
        <translation>Строк с ошибками: {count}. Ничего не импортировано. Исправьте ошибки или импортируйте только правильные строки.</translation>
    </message>
    <message>
        <source>{count} problem(s) to fix.</source>
        <translation>Ошибок, требующих исправления: {count}.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Предметы</translation>
    </message>
    <message>
        <source>Main subject</source>
        <translation>Основной предмет</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Стаж</translation>
    </message>
    <message>
        <source>Experience since</source>
        <translation>Начало стажа</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Образование</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Class leadership</source>
        <translation>Классное руководство</translation>
    </message>
    <message>
        <source>Last course</source>
        <translation>Последние курсы</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Дата увольнения</translation>
    </message>
    <message>
        <source>Course title</source>
        <translation>Название курса</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Часы</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Окончание</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Усулдук кабинет — first start</source>
        <translation>Методический кабинет — первый запуск</translation>
    </message>
    <message>
        <source>Welcome to Усулдук кабинет</source>
        <translation>Добро пожаловать в «Методический кабинет»</translation>
    </message>
    <message>
        <source>This database is new. Enter your school&apos;s details to begin, or load the sample school to try the app first.</source>
        <translation>Это новая база данных. Чтобы начать работу, введите сведения о вашей школе или загрузите демонстрационную школу, чтобы сначала опробовать программу.</translation>
    </message>
    <message>
        <source>&amp;Save and start</source>
        <translation>&amp;Сохранить и начать</translation>
    </message>
    <message>
        <source>Load the &amp;sample school</source>
        <translation>Загрузить &amp;демонстрационную школу</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Усулдук кабинет</source>
        <translation>Методический кабинет</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Основная панель</translation>
    </message>
    <message>
        <source>Academic year:</source>
        <translation>Учебный год:</translation>
    </message>
    <message>
        <source>The academic year every page shows</source>
        <translation>Учебный год, отображаемый на всех страницах</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Home</source>
        <translation>Главная</translation>
    </message>
    <message>
        <source>What needs attention today: associations that have not met this term, overdue plan items, decisions past their date, teachers due for courses; and the year at a glance in charts.</source>
        <translation>Что требует внимания сегодня: объединения, не проводившие заседание в этой четверти, просроченные мероприятия плана, решения с истёкшим сроком, учителя, которым пора на курсы; и итоги года в диаграммах.</translation>
    </message>
    <message>
        <source>Associations</source>
        <translation>Объединения</translation>
    </message>
    <message>
        <source>The methodical associations and cycle commissions of the year with their heads and members, the methodical council, suggestions by the rule of three, and the director&apos;s order.</source>
        <translation>Методические объединения и цикловые комиссии учебного года с руководителями и составом, методический совет, предложения по правилу трёх учителей и приказ директора.</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Заседания</translation>
    </message>
    <message>
        <source>The term meetings of every association and council: agenda, attendance, decisions, the protocols in Kyrgyz and Russian, and which association has not met this term.</source>
        <translation>Заседания объединений и советов по четвертям: повестка дня, явка, решения, протоколы на кыргызском и русском языках и какое объединение ещё не провело заседание в этой четверти.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>The unified plan of methodical work and the associations&apos; work plans: deadlines, responsible people, review by the council, approval by the director, what was done.</source>
        <translation>Единый план методической работы и планы работы объединений: сроки, ответственные, рассмотрение на методическом совете, утверждение директором, отметки о выполнении.</translation>
    </message>
    <message>
        <source>Teachers&apos; growth</source>
        <translation>Рост учителей</translation>
    </message>
    <message>
        <source>Self-development topics, open lessons and master classes, mutual lesson visits, and the courses and attestations coming due.</source>
        <translation>Темы самообразования, открытые уроки и мастер-классы, взаимопосещение уроков, подходящие сроки курсов и аттестации.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>End-of-year reports, the district Excel workbook, and the regulations (Жобо / Положение).</source>
        <translation>Отчёты за учебный год, таблицы Excel для районного отдела образования и положения (Жобо / Положение).</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Кадры</translation>
    </message>
    <message>
        <source>The teachers with their subjects, categories, courses and attestation, and the import of the staff list from Excel.</source>
        <translation>Учителя с их предметами, категориями, курсами и аттестацией, загрузка списка кадров из Excel.</translation>
    </message>
</context>
<context>
    <name>SchoolForm</name>
    <message>
        <source>Name (Kyrgyz)</source>
        <translation>Название (на кыргызском)</translation>
    </message>
    <message>
        <source>Name (Russian)</source>
        <translation>Название (на русском)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Директор</translation>
    </message>
    <message>
        <source>Deputy director for methodical work</source>
        <translation>Заместитель директора по методической работе</translation>
    </message>
    <message>
        <source>District education office</source>
        <translation>Районный отдел образования</translation>
    </message>
    <message>
        <source>Surname Name Patronymic</source>
        <translation>Фамилия Имя Отчество</translation>
    </message>
    <message>
        <source>&amp;Save school details</source>
        <translation>&amp;Сохранить сведения о школе</translation>
    </message>
    <message>
        <source>School details saved.</source>
        <translation>Сведения о школе сохранены.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>School</source>
        <translation>Школа</translation>
    </message>
    <message>
        <source>Years and terms</source>
        <translation>Учебные годы и четверти</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>The window changes language at once. Documents are made in the language you choose for each of them.</source>
        <translation>Язык интерфейса меняется сразу. Документы составляются на языке, выбранном для каждого из них.</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>Язык интерфейса</translation>
    </message>
</context>
<context>
    <name>YearsEditor</name>
    <message>
        <source>&amp;New year</source>
        <translation>&amp;Новый учебный год</translation>
    </message>
    <message>
        <source>Make &amp;current</source>
        <translation>Сделать &amp;текущим</translation>
    </message>
    <message>
        <source>Academic year</source>
        <translation>Учебный год</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Methodical theme (Kyrgyz)</source>
        <translation>Методическая тема (на кыргызском)</translation>
    </message>
    <message>
        <source>Methodical theme (Russian)</source>
        <translation>Методическая тема (на русском)</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Четверти</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Четверть</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Term {n}</source>
        <translation>{n} четверть</translation>
    </message>
    <message>
        <source>The dates of the terms are set every year by the ministry&apos;s order: enter them as the order says. A date in the holidays belongs to no term.</source>
        <translation>Сроки четвертей ежегодно устанавливаются приказом министерства: введите их так, как указано в приказе. Дата, приходящаяся на каникулы, не относится ни к одной четверти.</translation>
    </message>
    <message>
        <source>&amp;Save year</source>
        <translation>&amp;Сохранить учебный год</translation>
    </message>
    <message>
        <source>The year {label} was saved.</source>
        <translation>Учебный год {label} сохранён.</translation>
    </message>
</context>
<context>
    <name>YearsModel</name>
    <message>
        <source>Year</source>
        <translation>Учебный год</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Текущий</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
</context>
</TS>
