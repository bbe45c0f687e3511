<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>Dialogs</name>
    <message>
        <source>Усулдук кабинет</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Not found: {key}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the academic year as two consecutive years, like 2025–2026 (not «{label}»).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year ends ({end}) before it starts ({start}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year {label} must start in its first calendar year, not on {start}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A year has exactly {expected} terms, not {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms are numbered 1 to 4 in order: found {number} where {expected} was expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term {term} ends ({end}) before it starts ({start}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term {term} must lie inside the year ({year_start} – {year_end}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term {term} starts on {start}, before term {previous} ends ({previous_end}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year {label} already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dates of {label} overlap the year {other}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the school&apos;s name (in Kyrgyz or in Russian).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language «{language}»: use ky or ru.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} is not a database of Усулдук кабинет or is damaged; it was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} belongs to another program; it was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database already holds a school; the sample is loaded only into an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: this field must be filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: «{value}» is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: experience cannot start before the birth date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: the teacher cannot leave before being hired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: choose the main subject first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {value} is not a number of hours (1–2000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: the end is before the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} is not an Excel workbook (.xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} is protected by a password: save it without a password and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} cannot be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No header row with the teachers&apos; names was found (e.g. «ФИО» or «Аты-жөнү»).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: «{value}» is not a category (highest, I, II or none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: «{value}» is not a date (dd.mm.yyyy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: «{value}» is neither a number of years nor a start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is already on the staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject «{name}» is taught by {count} teacher(s): it can be hidden, not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject «{name}» is already in the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} row(s) have errors: nothing was imported. Fix them, or import the valid rows only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} problem(s) to fix.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experience since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class leadership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Усулдук кабинет — first start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Усулдук кабинет</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is new. Enter your school&apos;s details to begin, or load the sample school to try the app first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save and start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the &amp;sample school</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Усулдук кабинет</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Academic year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The academic year every page shows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolForm</name>
    <message>
        <source>Name (Kyrgyz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (Russian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputy director for methodical work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District education office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surname Name Patronymic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save school details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School details saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years and terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window changes language at once. Documents are made in the language you choose for each of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YearsEditor</name>
    <message>
        <source>&amp;New year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make &amp;current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Academic year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Methodical theme (Kyrgyz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Methodical theme (Russian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dates of the terms are set every year by the ministry&apos;s order: enter them as the order says. A date in the holidays belongs to no term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year {label} was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YearsModel</name>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
