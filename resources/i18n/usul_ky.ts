<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky">
  <context>
    <name>AgendaEditor</name>
    <message>
      <source>The items in the order they are discussed</source>
      <translation>Күн тартибинин маселелери талкуулана турган тартипте</translation>
    </message>
    <message>
      <source>&amp;Add an item</source>
      <translation>Маселе ко&amp;шуу</translation>
    </message>
    <message>
      <source>&amp;Remove the item</source>
      <translation>Маселени ө&amp;чүрүү</translation>
    </message>
    <message>
      <source>Move &amp;up</source>
      <translation>&amp;Өйдө жылдыруу</translation>
    </message>
    <message>
      <source>Move do&amp;wn</source>
      <translation>&amp;Ылдый жылдыруу</translation>
    </message>
    <message>
      <source>No items yet: add the first one.</source>
      <translation>Азырынча маселелер жок: биринчисин кошуңуз.</translation>
    </message>
    <message>
      <source>&amp;Items</source>
      <translation>&amp;Маселелер</translation>
    </message>
    <message>
      <source>The agenda is empty: add its items on the Agenda tab first.</source>
      <translation>Күн тартиби бош: адегенде «Күн тартиби» өтмөгүндө маселелерди кошуңуз.</translation>
    </message>
    <message>
      <source>Written after the meeting: what was heard, who spoke, and what was decided. A decision with someone responsible or a due date is checked at the next meeting.</source>
      <translation>Отурумдан кийин толтурулат: эмне угулду, ким чыгып сүйлөдү жана эмне чечилди. Жооптуусу же аткаруу мөөнөтү бар чечим кийинки отурумда текшерилет.</translation>
    </message>
    <message>
      <source>(no topic yet)</source>
      <translation>(темасы азырынча жок)</translation>
    </message>
  </context>
  <context>
    <name>AgendaPanel</name>
    <message>
      <source>What the item is about</source>
      <translation>Маселе эмне жөнүндө</translation>
    </message>
    <message>
      <source>Space ticks a member who reports on the item</source>
      <translation>Space баскычы маселе боюнча баяндама жасаган мүчөнү белгилейт</translation>
    </message>
    <message>
      <source>Names of guests who report, separated by commas</source>
      <translation>Баяндама жасаган чакырылгандардын аты-жөнү, үтүр менен бөлүнүп</translation>
    </message>
    <message>
      <source>&amp;Topic</source>
      <translation>&amp;Темасы</translation>
    </message>
    <message>
      <source>&amp;Speakers</source>
      <translation>&amp;Баяндамачылар</translation>
    </message>
    <message>
      <source>&amp;Guest speakers</source>
      <translation>Ча&amp;кырылган баяндамачылар</translation>
    </message>
  </context>
  <context>
    <name>AmendmentsModel</name>
    <message>
      <source>When</source>
      <translation>Качан</translation>
    </message>
    <message>
      <source>What changed</source>
      <translation>Эмне өзгөрдү</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>Себеби</translation>
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <source>The database {path} could not be opened: {error}</source>
      <translation>Маалымат базасы {path} ачылган жок: {error}</translation>
    </message>
    <message>
      <source>The database {path} is damaged and was not changed. Restore the newest good backup ({backup})? The damaged file is kept beside the backups.</source>
      <translation>{path} маалымат базасы бузулган жана өзгөртүлгөн жок. Эң акыркы бүтүн камдык көчүрмөнү ({backup}) калыбына келтиресизби? Бузулган файл камдык көчүрмөлөрдүн жанында сакталат.</translation>
    </message>
  </context>
  <context>
    <name>ApproveDialog</name>
    <message>
      <source>Approve the plan</source>
      <translation>Планды бекитүү</translation>
    </message>
    <message>
      <source>Agreed with the deputy</source>
      <translation>Орун басар менен макулдашылды</translation>
    </message>
    <message>
      <source>&amp;Date</source>
      <translation>&amp;Күнү</translation>
    </message>
    <message>
      <source>&amp;Order №</source>
      <translation>&amp;Буйрук №</translation>
    </message>
    <message>
      <source>The director approved the plan:</source>
      <translation>Директор планды бекитти:</translation>
    </message>
    <message>
      <source>The date of the agreement:</source>
      <translation>Макулдашылган күнү:</translation>
    </message>
  </context>
  <context>
    <name>AssociationEditor</name>
    <message>
      <source>Space ticks a subject; its teachers are ticked among the members</source>
      <translation>Space баскычы предметти белгилейт; анын мугалимдери мүчөлөрдүн арасында да белгиленет</translation>
    </message>
    <message>
      <source>Find a teacher</source>
      <translation>Мугалимди издөө</translation>
    </message>
    <message>
      <source>Space ticks a teacher</source>
      <translation>Space баскычы мугалимди белгилейт</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Сактоо</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Жокко чыгаруу</translation>
    </message>
    <message>
      <source>Association: {name}</source>
      <translation>Бирикме: {name}</translation>
    </message>
    <message>
      <source>New association</source>
      <translation>Жаңы бирикме</translation>
    </message>
    <message>
      <source>Ki&amp;nd</source>
      <translation>&amp;Түрү</translation>
    </message>
    <message>
      <source>Name (&amp;Kyrgyz)</source>
      <translation>Аталышы (&amp;кыргызча)</translation>
    </message>
    <message>
      <source>Name (&amp;Russian)</source>
      <translation>Аталышы (&amp;орусча)</translation>
    </message>
    <message>
      <source>&amp;Head</source>
      <translation>&amp;Жетекчи</translation>
    </message>
    <message>
      <source>Se&amp;cretary</source>
      <translation>Кат&amp;чы</translation>
    </message>
    <message>
      <source>Su&amp;bjects</source>
      <translation>&amp;Предметтер</translation>
    </message>
    <message>
      <source>&amp;Members</source>
      <translation>&amp;Мүчөлөр</translation>
    </message>
    <message>
      <source>{teacher} — also in: {associations}</source>
      <translation>{teacher} — ошондой эле мүчө: {associations}</translation>
    </message>
    <message>
      <source>Members ticked: {count}</source>
      <translation>Белгиленген мүчөлөр: {count}</translation>
    </message>
    <message>
      <source>— not appointed —</source>
      <translation>— дайындалган эмес —</translation>
    </message>
    <message>
      <source>No head is appointed yet: the director appoints one for the year.</source>
      <translation>Жетекчи азырынча дайындалган жок: аны директор бир окуу жылына дайындайт.</translation>
    </message>
    <message>
      <source>The head {name} has no qualification category.</source>
      <translation>Жетекчинин ({name}) квалификациялык категориясы жок.</translation>
    </message>
    <message>
      <source>The head {name} has {years} year(s) of teaching experience; at least {needed} are recommended.</source>
      <translation>Жетекчинин ({name}) педагогикалык стажы {years} жыл; кеминде {needed} жыл сунушталат.</translation>
    </message>
  </context>
  <context>
    <name>AssociationKind</name>
    <message>
      <source>Subject association</source>
      <translation>Предметтик бирикме</translation>
    </message>
    <message>
      <source>Cycle commission</source>
      <translation>Циклдик комиссия</translation>
    </message>
    <message>
      <source>Primary classes</source>
      <translation>Башталгыч класстар</translation>
    </message>
    <message>
      <source>Class leaders</source>
      <translation>Класс жетекчилер</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Башка</translation>
    </message>
  </context>
  <context>
    <name>Associations</name>
    <message>
      <source>{name} — experience unknown, {category}</source>
      <translation>{name} — стажы белгисиз, {category}</translation>
    </message>
    <message>
      <source>{name} — {years} y., {category}</source>
      <translation>{name} — {years} ж., {category}</translation>
    </message>
  </context>
  <context>
    <name>AssociationsModel</name>
    <message>
      <source>Name</source>
      <translation>Аталышы</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Түрү</translation>
    </message>
    <message>
      <source>Head</source>
      <translation>Жетекчи</translation>
    </message>
    <message>
      <source>Members</source>
      <translation>Мүчөлөр</translation>
    </message>
    <message>
      <source>Order</source>
      <translation>Буйрук</translation>
    </message>
    <message>
      <source>Attention</source>
      <translation>Көңүл буруңуз</translation>
    </message>
    <message>
      <source>№ {number} of {date}</source>
      <translation>{date} күнкү № {number}</translation>
    </message>
    <message>
      <source>— not appointed —</source>
      <translation>— дайындалган эмес —</translation>
    </message>
    <message>
      <source>below three members</source>
      <translation>мүчөлөр үчтөн аз</translation>
    </message>
    <message>
      <source>appoint the head again</source>
      <translation>жетекчини кайра дайындаңыз</translation>
    </message>
  </context>
  <context>
    <name>AssociationsPage</name>
    <message>
      <source>&amp;New association</source>
      <translation>&amp;Жаңы бирикме</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>Ө&amp;згөртүү</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>Ө&amp;чүрүү</translation>
    </message>
    <message>
      <source>Carry over to the ne&amp;xt year</source>
      <translation>&amp;Кийинки окуу жылына көчүрүү</translation>
    </message>
    <message>
      <source>Copy the associations and the council into the next academic year; the heads are then appointed again</source>
      <translation>Бирикмелерди жана усулдук кеңешти кийинки окуу жылына көчүрүү; андан кийин жетекчилер кайра дайындалат</translation>
    </message>
    <message>
      <source>&amp;Associations and commissions</source>
      <translation>&amp;Бирикмелер жана комиссиялар</translation>
    </message>
    <message>
      <source>Methodical co&amp;uncil</source>
      <translation>&amp;Усулдук кеңеш</translation>
    </message>
    <message>
      <source>Associations</source>
      <translation>Бирикмелер</translation>
    </message>
    <message>
      <source>The director's order on the associations</source>
      <translation>Бирикмелер жөнүндө директордун буйругу</translation>
    </message>
    <message>
      <source>Se&amp;t</source>
      <translation>Бел&amp;гилөө</translation>
    </message>
    <message>
      <source>Record the number and date of the order for every association</source>
      <translation>Буйруктун номерин жана күнүн бардык бирикмелерге жазуу</translation>
    </message>
    <message>
      <source>The language of the document</source>
      <translation>Документтин тили</translation>
    </message>
    <message>
      <source>&amp;Make the order (.docx)…</source>
      <translation>Буйрукту &amp;даярдоо (.docx)…</translation>
    </message>
    <message>
      <source>&amp;Order №</source>
      <translation>Буй&amp;рук №</translation>
    </message>
    <message>
      <source>of</source>
      <translation>күнү</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;Тили</translation>
    </message>
    <message>
      <source>Suggestions by the rule of three</source>
      <translation>«Үч мугалим» эрежеси боюнча сунуштар</translation>
    </message>
    <message>
      <source>No academic year yet: add one in Settings.</source>
      <translation>Азырынча окуу жылы жок: аны Жөндөөлөрдөн кошуңуз.</translation>
    </message>
    <message>
      <source>Associations of the academic year {year}</source>
      <translation>{year} окуу жылынын бирикмелери</translation>
    </message>
    <message>
      <source>«{name}» has {count} active member(s): an association needs at least {needed}.</source>
      <translation>«{name}» бирикмесинде иштеп жаткан мүчөлөр: {count}; бирикмеде кеминде {needed} мүчө болушу керек.</translation>
    </message>
    <message>
      <source>{count} association(s) were carried over from last year: appoint their heads for this year.</source>
      <translation>Өткөн окуу жылынан көчүрүлгөн бирикмелер: {count}. Алардын жетекчилерин ушул окуу жылына дайындаңыз.</translation>
    </message>
    <message>
      <source>{count} teacher(s) are in no association this year.</source>
      <translation>Бул окуу жылында эч бир бирикмеге кирбеген мугалимдер: {count}.</translation>
    </message>
    <message>
      <source>{subjects} — {count} teachers</source>
      <translation>{subjects} — {count} мугалим</translation>
    </message>
    <message>
      <source>Create…</source>
      <translation>Түзүү…</translation>
    </message>
    <message>
      <source>Open the editor with these teachers ticked</source>
      <translation>Ушул мугалимдер белгиленген бирикменин формасын ачуу</translation>
    </message>
    <message>
      <source>Every subject with three or more teachers already has its association.</source>
      <translation>Үч же андан көп мугалими бар ар бир предметтин бирикмеси мурунтан эле бар.</translation>
    </message>
    <message>
      <source>In no association this year: add them to one, or they join the district association of their subject: {names}</source>
      <translation>Бул окуу жылында эч бир бирикмеге кирбегендер: аларды бирикмелердин бирине кошуңуз, же алар өз предмети боюнча райондук усулдук бирикмеге кошулат: {names}</translation>
    </message>
    <message>
      <source>Delete «{name}»? Its members stay on the staff; the association disappears from this year.</source>
      <translation>«{name}» өчүрүлсүнбү? Анын мүчөлөрү кызматкерлердин курамында калат; бирикме ушул окуу жылынан жоголот.</translation>
    </message>
    <message>
      <source>«{name}» was deleted.</source>
      <translation>«{name}» өчүрүлдү.</translation>
    </message>
    <message>
      <source>There is no academic year after {year} yet: add it in Settings (Years), then carry the associations over.</source>
      <translation>{year} окуу жылынан кийинки окуу жылы азырынча жок: аны Жөндөөлөрдөн (Окуу жылдары жана чейректер) кошуп, андан кийин бирикмелерди көчүрүңүз.</translation>
    </message>
    <message>
      <source>Copy the associations and the council of {year} into {next}? The members are kept; the heads must be appointed again for the new year.</source>
      <translation>{year} окуу жылынын бирикмелерин жана усулдук кеңешин {next} окуу жылына көчүрөсүзбү? Мүчөлөр сакталат; жетекчилерди жаңы окуу жылына кайра дайындоо керек.</translation>
    </message>
    <message>
      <source>The associations were carried over into {next}: choose that year at the top to appoint the heads.</source>
      <translation>Бирикмелер {next} окуу жылына көчүрүлдү: жетекчилерди дайындоо үчүн жогору жактан ошол окуу жылын тандаңыз.</translation>
    </message>
    <message>
      <source>The order № {number} was recorded for every association.</source>
      <translation>№ {number} буйрук бардык бирикмелерге жазылды.</translation>
    </message>
    <message>
      <source>The order was cleared.</source>
      <translation>Буйруктун номери жана күнү өчүрүлдү.</translation>
    </message>
    <message>
      <source>Documents cannot be made in this window.</source>
      <translation>Бул терезеде документтерди түзүүгө болбойт.</translation>
    </message>
    <message>
      <source>Order on the associations {year}.docx</source>
      <translation>Бирикмелер жөнүндө буйрук {year}.docx</translation>
    </message>
    <message>
      <source>Save the order</source>
      <translation>Буйрукту сактоо</translation>
    </message>
    <message>
      <source>Word documents (*.docx)</source>
      <translation>Word документтери (*.docx)</translation>
    </message>
    <message>
      <source>The order was saved to {path}.</source>
      <translation>Буйрук {path} файлына сакталды.</translation>
    </message>
  </context>
  <context>
    <name>AttendanceEditor</name>
    <message>
      <source>A&amp;ll present</source>
      <translation>&amp;Баары катышты</translation>
    </message>
    <message>
      <source>Members</source>
      <translation>Мүчөлөр</translation>
    </message>
    <message>
      <source>One guest a line: name and position</source>
      <translation>Ар бир сапка бирден: аты-жөнү жана кызматы</translation>
    </message>
    <message>
      <source>&amp;Guests</source>
      <translation>&amp;Чакырылгандар</translation>
    </message>
    <message>
      <source>Present</source>
      <translation>Катышты</translation>
    </message>
    <message>
      <source>Reason of absence</source>
      <translation>Катышпоо себеби</translation>
    </message>
    <message>
      <source>ill, on a course, on a trip…</source>
      <translation>ооруп жатат, курста, иш сапарында…</translation>
    </message>
  </context>
  <context>
    <name>BackupsTab</name>
    <message>
      <source>Made</source>
      <translation>Жасалган</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Көлөмү</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Түрү</translation>
    </message>
    <message>
      <source>&amp;Make a backup now</source>
      <translation>Азыр камдык &amp;көчүрмө жасоо</translation>
    </message>
    <message>
      <source>&amp;Restore the chosen backup…</source>
      <translation>Тандалган көчүрмөнү &amp;калыбына келтирүү…</translation>
    </message>
    <message>
      <source>A backup is made before every change of the database's structure and once a day of use. Restoring first copies the current file, so nothing is lost.</source>
      <translation>Камдык көчүрмө маалымат базасынын түзүлүшү өзгөрөр алдында жана колдонулган ар бир күнү бир жолу жасалат. Калыбына келтирүүдөн мурун учурдагы файл көчүрүлөт, ошондуктан эч нерсе жоголбойт.</translation>
    </message>
    <message>
      <source>Daily backups to keep</source>
      <translation>Сакталуучу күндөлүк көчүрмөлөр</translation>
    </message>
    <message>
      <source>Folder</source>
      <translation>Папка</translation>
    </message>
    <message>
      <source>daily</source>
      <translation>күндөлүк</translation>
    </message>
    <message>
      <source>made by hand</source>
      <translation>колго жасалган</translation>
    </message>
    <message>
      <source>before an update</source>
      <translation>жаңыртуудан мурун</translation>
    </message>
    <message>
      <source>before a restore</source>
      <translation>калыбына келтирүүдөн мурун</translation>
    </message>
    <message>
      <source>Backup made: {path}</source>
      <translation>Камдык көчүрмө жасалды: {path}</translation>
    </message>
    <message>
      <source>Choose a backup in the list first.</source>
      <translation>Адегенде тизмеден көчүрмөнү тандаңыз.</translation>
    </message>
    <message>
      <source>Put the backup of {made} in place of the current database? The current file is copied first.</source>
      <translation>{made} күнкү көчүрмөнү учурдагы маалымат базасынын ордуна коёсузбу? Учурдагы файл адегенде көчүрүлөт.</translation>
    </message>
    <message>
      <source>Restored; the previous file was kept as {path}</source>
      <translation>Калыбына келтирилди; мурунку файл {path} болуп сакталды.</translation>
    </message>
  </context>
  <context>
    <name>CataloguesTab</name>
    <message>
      <source>In Kyrgyz</source>
      <translation>Кыргызча</translation>
    </message>
    <message>
      <source>In Russian</source>
      <translation>Орусча</translation>
    </message>
    <message>
      <source>Cycle</source>
      <translation>Цикл</translation>
    </message>
    <message>
      <source>Hidden</source>
      <translation>Жашырылган</translation>
    </message>
    <message>
      <source>&amp;Add as new</source>
      <translation>Жаңы катары &amp;кошуу</translation>
    </message>
    <message>
      <source>Sa&amp;ve changes</source>
      <translation>Өзгөртүүлөрдү &amp;сактоо</translation>
    </message>
    <message>
      <source>&amp;Hide / show</source>
      <translation>&amp;Жашыруу / көрсөтүү</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>Ө&amp;чүрүү</translation>
    </message>
    <message>
      <source>Name in Kyrgyz</source>
      <translation>Кыргызча аталышы</translation>
    </message>
    <message>
      <source>Name in Russian</source>
      <translation>Орусча аталышы</translation>
    </message>
    <message>
      <source>Subjects (a subject someone teaches can be hidden, not deleted)</source>
      <translation>Предметтер (окутулуп жаткан предметти өчүрүүгө болбойт, жашырса болот)</translation>
    </message>
    <message>
      <source>One form a line: Kyrgyz | Russian</source>
      <translation>Ар бир сапта бир форма: кыргызча | орусча</translation>
    </message>
    <message>
      <source>&amp;Save the lists and numbers</source>
      <translation>Тизмелерди жана сандарды &amp;сактоо</translation>
    </message>
    <message>
      <source>Lists and numbers</source>
      <translation>Тизмелер жана сандар</translation>
    </message>
    <message>
      <source>Course providers (one a line)</source>
      <translation>Курс өткөрүүчү мекемелер (ар бири өз сабында)</translation>
    </message>
    <message>
      <source>Forms of methodical work</source>
      <translation>Усулдук иштин формалары</translation>
    </message>
    <message>
      <source>A teacher is due for courses after (years)</source>
      <translation>Мугалимдин курстан өтүү мөөнөтү (жыл)</translation>
    </message>
    <message>
      <source>Warn when a head has less experience than (years)</source>
      <translation>Жетекчинин стажы бул сандан аз болсо эскертүү (жыл)</translation>
    </message>
    <message>
      <source>hidden</source>
      <translation>жашырылган</translation>
    </message>
    <message>
      <source>Delete the subject «{name}»?</source>
      <translation>«{name}» предметин өчүрөсүзбү?</translation>
    </message>
    <message>
      <source>The lists and numbers were saved.</source>
      <translation>Тизмелер жана сандар сакталды.</translation>
    </message>
  </context>
  <context>
    <name>Category</name>
    <message>
      <source>Highest</source>
      <translation>Жогорку</translation>
    </message>
    <message>
      <source>I</source>
      <translation>I</translation>
    </message>
    <message>
      <source>II</source>
      <translation>II</translation>
    </message>
    <message>
      <source>None</source>
      <translation>—</translation>
    </message>
    <message>
      <source>No category</source>
      <translation>Категориясыз</translation>
    </message>
    <message>
      <source>highest</source>
      <translation>жогорку</translation>
    </message>
    <message>
      <source>category I</source>
      <translation>I категория</translation>
    </message>
    <message>
      <source>category II</source>
      <translation>II категория</translation>
    </message>
    <message>
      <source>no category</source>
      <translation>категориясыз</translation>
    </message>
  </context>
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
      <source>Restored {db} from {backup}; the previous file was kept as {safety}.</source>
      <translation>{db} файлы {backup} көчүрмөсүнөн калыбына келтирилди; мурунку файл {safety} болуп сакталды.</translation>
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
    <message>
      <source>Document written: {path}</source>
      <translation>Документ жазылды: {path}</translation>
    </message>
  </context>
  <context>
    <name>CouncilEditor</name>
    <message>
      <source>The deputy director for methodical work chairs the council</source>
      <translation>Кеңештин төрагасы — директордун усулдук иштер боюнча орун басары</translation>
    </message>
    <message>
      <source>Space ticks a teacher</source>
      <translation>Space баскычы мугалимди белгилейт</translation>
    </message>
    <message>
      <source>Tick all hea&amp;ds</source>
      <translation>Бардык &amp;жетекчилерди белгилөө</translation>
    </message>
    <message>
      <source>The heads of the associations are members of the council</source>
      <translation>Бирикмелердин жетекчилери кеңештин мүчөлөрү болушат</translation>
    </message>
    <message>
      <source>Save the &amp;council</source>
      <translation>Кеңешти &amp;сактоо</translation>
    </message>
    <message>
      <source>The methodical council reviews the unified plan and the associations' plans; it is chaired by the deputy director, its members are the heads of the associations and experienced teachers.</source>
      <translation>Усулдук кеңеш бирдиктүү планды жана бирикмелердин пландарын карайт; ага директордун орун басары төрагалык кылат, анын мүчөлөрү — бирикмелердин жетекчилери жана тажрыйбалуу мугалимдер.</translation>
    </message>
    <message>
      <source>C&amp;hair</source>
      <translation>&amp;Төрага</translation>
    </message>
    <message>
      <source>Sec&amp;retary</source>
      <translation>&amp;Катчы</translation>
    </message>
    <message>
      <source>&amp;Members</source>
      <translation>&amp;Мүчөлөр</translation>
    </message>
    <message>
      <source>— not appointed —</source>
      <translation>— дайындалган эмес —</translation>
    </message>
    <message>
      <source>{teacher} — head of {association}</source>
      <translation>{teacher} — жетекчи: {association}</translation>
    </message>
    <message>
      <source>Members ticked: {count}</source>
      <translation>Белгиленген мүчөлөр: {count}</translation>
    </message>
    <message>
      <source>The methodical council was saved.</source>
      <translation>Усулдук кеңеш сакталды.</translation>
    </message>
  </context>
  <context>
    <name>CoverageModel</name>
    <message>
      <source>Association or council</source>
      <translation>Бирикме же кеңеш</translation>
    </message>
    <message>
      <source>Term {term} — now</source>
      <translation>{term} чейрек — азыр</translation>
    </message>
    <message>
      <source>Term {term}</source>
      <translation>{term} чейрек</translation>
    </message>
    <message>
      <source>No meeting in term {term}: Enter or a double click plans one.</source>
      <translation>{term} чейректе отурум жок: Enter же эки жолу басуу аны пландайт.</translation>
    </message>
    <message>
      <source>Enter or a double click shows the meetings of term {term}.</source>
      <translation>Enter же эки жолу басуу {term} чейректин отурумдарын көрсөтөт.</translation>
    </message>
  </context>
  <context>
    <name>CoverageView</name>
    <message>
      <source>Each association meets at least once a term. Green: a meeting was held; amber: planned only; red: none yet. Enter or a double click on a red cell plans a meeting for that term.</source>
      <translation>Ар бир бирикме чейрегине кеминде бир жолу отурум өткөрөт. Жашыл: отурум өткөрүлдү; сары: пландалган гана; кызыл: азырынча жок. Кызыл уячада Enter же эки жолу басуу ошол чейрекке отурум пландайт.</translation>
    </message>
    <message>
      <source>Today is outside the terms.</source>
      <translation>Бүгүнкү күн эч бир чейрекке кирбейт.</translation>
    </message>
    <message>
      <source>Term {term}: {count} of {total} have not held a meeting yet.</source>
      <translation>{term} чейрек: {total} ичинен {count} азырынча отурум өткөрө элек.</translation>
    </message>
    <message>
      <source>Term {term}: every association and council has met.</source>
      <translation>{term} чейрек: бардык бирикмелер жана кеңештер отурум өткөрдү.</translation>
    </message>
  </context>
  <context>
    <name>DeadlineEdit</name>
    <message>
      <source>On a date</source>
      <translation>Белгилүү күнү</translation>
    </message>
    <message>
      <source>In a month</source>
      <translation>Айдын ичинде</translation>
    </message>
    <message>
      <source>In a term</source>
      <translation>Чейректин ичинде</translation>
    </message>
    <message>
      <source>During the year</source>
      <translation>Жыл бою</translation>
    </message>
    <message>
      <source>until {day}</source>
      <translation>{day} чейин</translation>
    </message>
  </context>
  <context>
    <name>DecisionsEditor</name>
    <message>
      <source>Add a decisio&amp;n</source>
      <translation>Чечим &amp;кошуу</translation>
    </message>
    <message>
      <source>Remove the decision</source>
      <translation>Чечимди өчүрүү</translation>
    </message>
    <message>
      <source>What was decided</source>
      <translation>Эмне чечилди</translation>
    </message>
    <message>
      <source>Space ticks a teacher responsible for the decision</source>
      <translation>Space баскычы чечимге жооптуу мугалимди белгилейт</translation>
    </message>
    <message>
      <source>D&amp;ue by</source>
      <translation>&amp;Аткаруу мөөнөтү</translation>
    </message>
    <message>
      <source>Res&amp;ponsible</source>
      <translation>&amp;Жооптуулар</translation>
    </message>
    <message>
      <source>(no text yet)</source>
      <translation>(тексти азырынча жок)</translation>
    </message>
    <message>
      <source>due {date}</source>
      <translation>мөөнөтү {date}</translation>
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
    <name>DirectionDialog</name>
    <message>
      <source>New direction</source>
      <translation>Жаңы багыт</translation>
    </message>
    <message>
      <source>The name of the direction of work:</source>
      <translation>Иштин багытынын аталышы:</translation>
    </message>
    <message>
      <source>In &amp;Kyrgyz</source>
      <translation>&amp;Кыргызча</translation>
    </message>
    <message>
      <source>In &amp;Russian</source>
      <translation>&amp;Орусча</translation>
    </message>
    <message>
      <source>Write the name in Kyrgyz.</source>
      <translation>Аталышын кыргызча жазыңыз.</translation>
    </message>
  </context>
  <context>
    <name>DueTab</name>
    <message>
      <source>Enter or a double-click opens the place where it is put right: the teacher's card, the topic, or the associations.</source>
      <translation>Enter же эки жолу басуу аны оңдой турган жерди ачат: мугалимдин карточкасын, теманы же бирикмелерди.</translation>
    </message>
    <message>
      <source>No academic year is chosen.</source>
      <translation>Окуу жылы тандалган жок.</translation>
    </message>
    <message>
      <source>Nothing is coming due in {year}.</source>
      <translation>{year} окуу жылында мөөнөтү жеткен эч нерсе жок.</translation>
    </message>
    <message>
      <source>Coming due in {year}: {count}</source>
      <translation>{year} окуу жылында мөөнөтү жеткендер: {count}</translation>
    </message>
    <message>
      <source>{name}: no course recorded</source>
      <translation>{name}: курстан өткөнү жазылган эмес</translation>
    </message>
    <message>
      <source>{name}: no course for {years} years or more (the last ended on {date})</source>
      <translation>{name}: {years} жыл жана андан көп курстан өткөн эмес (акыркысы {date} аяктаган)</translation>
    </message>
    <message>
      <source>{association}: the head is to be appointed for the new year</source>
      <translation>{association}: жаңы окуу жылына жетекчи дайындалышы керек</translation>
    </message>
    <message>
      <source>{name}, head of {association}: to be reappointed for the new year</source>
      <translation>{name}, {association} жетекчиси: жаңы окуу жылына кайра дайындалышы керек</translation>
    </message>
    <message>
      <source>{name}, head of {association}: the appointment ends with the year on {date}</source>
      <translation>{name}, {association} жетекчиси: дайындоо мөөнөтү окуу жылы менен {date} бүтөт</translation>
    </message>
    <message>
      <source>{association}: {count} members, fewer than three</source>
      <translation>{association}: {count} мүчө, үчтөн аз</translation>
    </message>
    <message>
      <source>{name}: the topic «{topic}» is in its last year and nothing has been shown yet</source>
      <translation>{name}: «{topic}» темасынын акыркы жылы, бирок азырынча эч нерсе көрсөтүлгөн жок</translation>
    </message>
    <message>
      <source>Opens the teacher's card (Courses)</source>
      <translation>Мугалимдин карточкасын ачат (Курстар)</translation>
    </message>
    <message>
      <source>Opens the topic</source>
      <translation>Теманы ачат</translation>
    </message>
    <message>
      <source>Opens the associations</source>
      <translation>Бирикмелерди ачат</translation>
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
      <source>Enter the school's name (in Kyrgyz or in Russian).</source>
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
      <source>No header row with the teachers' names was found (e.g. «ФИО» or «Аты-жөнү»).</source>
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
      <source>{field}: the same teacher as in row {other}.</source>
      <translation>{field}: {other}-саптагы мугалим менен бир эле адам.</translation>
    </message>
    <message>
      <source>{value} is not a number of years between 1 and 20.</source>
      <translation>{value} – 1ден 20га чейинки жылдардын саны эмес.</translation>
    </message>
    <message>
      <source>A subject association needs at least {needed} teachers of the subject; the school has {count} for «{subject}». Form a cycle commission with the cognate subjects ({cognate}: {cycle_count} teachers together), or let these teachers join the district association.</source>
      <translation>Предметтик усулдук бирикме үчүн ошол предметтен кеминде {needed} мугалим керек; мектепте «{subject}» боюнча {count} мугалим бар. Тектеш предметтер менен циклдик комиссия түзүңүз ({cognate}: баары болуп {cycle_count} мугалим), же бул мугалимдер райондук усулдук бирикмеге кошулсун.</translation>
    </message>
    <message>
      <source>A cycle commission needs at least {needed} teachers; {subjects} have {count} together. Add a cognate subject, or let these teachers join the district association.</source>
      <translation>Циклдик комиссия үчүн кеминде {needed} мугалим керек; {subjects} боюнча баары болуп {count} мугалим бар. Тектеш предмет кошуңуз, же бул мугалимдер райондук усулдук бирикмеге кошулсун.</translation>
    </message>
    <message>
      <source>An association needs at least {needed} members; it has {count}.</source>
      <translation>Усулдук бирикмеде кеминде {needed} мүчө болушу керек; азыр {count}.</translation>
    </message>
    <message>
      <source>{name} already heads «{other}» this year: a teacher heads one association a year.</source>
      <translation>{name} бул окуу жылында «{other}» бирикмесин жетектейт: мугалим бир жылда бир гана бирикмени жетектей алат.</translation>
    </message>
    <message>
      <source>{name} is not a member of the association: add the teacher to the members first.</source>
      <translation>{name} бирикменин мүчөсү эмес: адегенде мугалимди мүчөлөргө кошуңуз.</translation>
    </message>
    <message>
      <source>{name} has left the school and cannot join an association.</source>
      <translation>{name} мектептен кеткен, усулдук бирикмеге кошула албайт.</translation>
    </message>
    <message>
      <source>Choose the subject(s) of the association.</source>
      <translation>Бирикменин предметин (предметтерин) тандаңыз.</translation>
    </message>
    <message>
      <source>A subject association covers one subject (chosen: {count}); for several cognate subjects form a cycle commission.</source>
      <translation>Предметтик бирикме бир предметти камтыйт (тандалганы: {count}); бир нече тектеш предмет үчүн циклдик комиссия түзүңүз.</translation>
    </message>
    <message>
      <source>The year {year} already has its associations; nothing was copied.</source>
      <translation>{year} окуу жылынын бирикмелери мурунтан эле бар; эч нерсе көчүрүлгөн жок.</translation>
    </message>
    <message>
      <source>The year {year} has no associations to carry over.</source>
      <translation>{year} окуу жылында көчүрө турган бирикмелер жок.</translation>
    </message>
    <message>
      <source>The year {year} has no associations yet.</source>
      <translation>{year} окуу жылында азырынча бирикмелер жок.</translation>
    </message>
    <message>
      <source>No academic year is chosen.</source>
      <translation>Окуу жылы тандалган жок.</translation>
    </message>
    <message>
      <source>The file {path} is open in another program (Word?). Close it, or save under another name.</source>
      <translation>{path} файлы башка программада ачык (Word?). Аны жабыңыз же башка ат менен сактаңыз.</translation>
    </message>
    <message>
      <source>The template {path} cannot be used: {reason}. Fix or remove it; the built-in template works meanwhile.</source>
      <translation>{path} үлгүсүн колдонууга болбойт: {reason}. Аны оңдоңуз же өчүрүңүз; ага чейин программанын өз үлгүсү иштей берет.</translation>
    </message>
    <message>
      <source>The protocol № {number} is final: this change would make it № {new_number}. Unmark it as final first, or keep the dates in their order.</source>
      <translation>№ {number} протокол акыркы болуп белгиленген: бул өзгөртүү аны № {new_number} кылып салмак. Адегенде белгини алып салыңыз же күндөрдүн тартибин сактаңыз.</translation>
    </message>
    <message>
      <source>The date {day} is outside the academic year {year} (1 August – 31 July).</source>
      <translation>{day} күнү {year} окуу жылынан тышкары (1-августтан 31-июлга чейин).</translation>
    </message>
    <message>
      <source>A meeting on {day} cannot be marked as held before that day.</source>
      <translation>{day} күнкү отурумду ал күнгө чейин өткөрүлдү деп белгилөөгө болбойт.</translation>
    </message>
    <message>
      <source>Only the protocol of a held meeting can be made final.</source>
      <translation>Өткөрүлгөн отурумдун протоколу гана акыркы болуп белгиленет.</translation>
    </message>
    <message>
      <source>The protocol № {number} is final and cannot be deleted; unmark it as final first.</source>
      <translation>№ {number} протокол акыркы болуп белгиленген, аны өчүрүүгө болбойт; адегенде белгини алып салыңыз.</translation>
    </message>
    <message>
      <source>No association or council is called «{name}» this year (matches: {count}).</source>
      <translation>Бул окуу жылында «{name}» деген бирикме же кеңеш жок (дал келгендер: {count}).</translation>
    </message>
    <message>
      <source>There is no meeting № {number} of this body this year.</source>
      <translation>Бул окуу жылында бул органдын № {number} отуруму жок.</translation>
    </message>
    <message>
      <source>«{body}» has no held meetings in {year}.</source>
      <translation>«{body}» {year} окуу жылында бир да отурум өткөргөн жок.</translation>
    </message>
    <message>
      <source>The plan is approved: say why it changes (the reason goes into the list of amendments).</source>
      <translation>План бекитилген: эмне үчүн өзгөрөрүн жазыңыз (себеби өзгөртүүлөрдүн тизмесине кирет).</translation>
    </message>
    <message>
      <source>Unknown direction of work «{direction}».</source>
      <translation>«{direction}» деген иш багыты белгисиз.</translation>
    </message>
    <message>
      <source>The deadline {day} is outside the academic year {year}.</source>
      <translation>{day} мөөнөтү {year} окуу жылынан тышкары.</translation>
    </message>
    <message>
      <source>Say why the item is moved or cancelled.</source>
      <translation>Иш-чара эмне үчүн жылдырылганын же жокко чыгарылганын жазыңыз.</translation>
    </message>
    <message>
      <source>The plan is reviewed at a meeting: choose the meeting whose protocol records it.</source>
      <translation>План отурумда каралат: анын протоколу жазылган отурумду тандаңыз.</translation>
    </message>
    <message>
      <source>This meeting cannot review the plan: the unified plan is reviewed by the methodical council, an association's plan at the association's own meeting, in the same year.</source>
      <translation>Бул отурум планды карай албайт: бирдиктүү план усулдук кеңеште, бирикменин планы ошол эле окуу жылындагы бирикменин өз отурумунда каралат.</translation>
    </message>
    <message>
      <source>The meeting of {day} has not been held yet.</source>
      <translation>{day} күнкү отурум азырынча өткөрүлгөн жок.</translation>
    </message>
    <message>
      <source>The plan was already approved on {day}.</source>
      <translation>План {day} күнү бекитилген.</translation>
    </message>
    <message>
      <source>The plan cannot be approved yet: first it is reviewed — the unified plan at a meeting of the methodical council, an association's plan at the association's own meeting.</source>
      <translation>Планды азырынча бекитүүгө болбойт: адегенде ал каралат — бирдиктүү план усулдук кеңештин отурумунда, бирикменин планы бирикменин өз отурумунда.</translation>
    </message>
    <message>
      <source>The approval date {day} is before the review on {review}.</source>
      <translation>Бекитүү күнү {day} планды кароо күнүнөн ({review}) мурун.</translation>
    </message>
    <message>
      <source>A topic spans 1 to 5 academic years, not {value}.</source>
      <translation>Тема 1ден 5ке чейинки окуу жылын камтыйт, {value} эмес.</translation>
    </message>
    <message>
      <source>Unknown form of showing results: «{value}».</source>
      <translation>Жыйынтыкты көрсөтүүнүн белгисиз формасы: «{value}».</translation>
    </message>
    <message>
      <source>The teacher who gives the lesson cannot be its observer.</source>
      <translation>Сабакты өткөргөн мугалим ага байкоочу боло албайт.</translation>
    </message>
    <message>
      <source>A teacher cannot visit her own lesson: choose another teacher.</source>
      <translation>Мугалим өз сабагына катыша албайт: башка мугалимди тандаңыз.</translation>
    </message>
    <message>
      <source>Unknown regulation «{kind}»: use methodical-work or association.</source>
      <translation>«{kind}» деген жобо белгисиз: methodical-work же association колдонуңуз.</translation>
    </message>
    <message>
      <source>The database {path} is already open in another window of Усулдук кабинет. Switch to that window, or close it first.</source>
      <translation>{path} маалымат базасы «Усулдук кабинеттин» башка терезесинде ачык. Ошол терезеге өтүңүз же аны адегенде жабыңыз.</translation>
    </message>
    <message>
      <source>The database {path} cannot be written (a read-only file or folder). Copy it to a folder you can write to, or choose another file.</source>
      <translation>{path} маалымат базасына жазууга болбойт (файл же папка окуу үчүн гана). Аны жазууга мүмкүн болгон папкага көчүрүңүз же башка файл тандаңыз.</translation>
    </message>
    <message>
      <source>The database {path} is damaged; it was not changed. Restore a backup (Settings → Backups, or `restore`).</source>
      <translation>{path} маалымат базасы бузулган; ал өзгөртүлгөн жок. Камдык көчүрмөнү калыбына келтириңиз (Жөндөөлөр → Камдык көчүрмөлөр, же `restore`).</translation>
    </message>
    <message>
      <source>The backup {path} is missing or damaged; nothing was changed.</source>
      <translation>{path} камдык көчүрмөсү жок же бузулган; эч нерсе өзгөргөн жок.</translation>
    </message>
    <message>
      <source>The database is busy in another program; nothing was saved. Try again in a moment.</source>
      <translation>Маалымат базасы башка программада бош эмес; эч нерсе сакталган жок. Бир аздан кийин кайра аракет кылыңыз.</translation>
    </message>
    <message>
      <source>The disk is full; nothing was saved. Free some space and try again.</source>
      <translation>Диск толуп калды; эч нерсе сакталган жок. Орун бошотуп, кайра аракет кылыңыз.</translation>
    </message>
    <message>
      <source>The database refused the change ({reason}); nothing was saved.</source>
      <translation>Маалымат базасы өзгөртүүнү кабыл алган жок ({reason}); эч нерсе сакталган жок.</translation>
    </message>
    <message>
      <source>The template {path} is missing: reinstall the app, or put a copy of the template there.</source>
      <translation>{path} үлгүсү жок: программаны кайра орнотуңуз же үлгүнүн көчүрмөсүн ошол жерге коюңуз.</translation>
    </message>
    <message>
      <source>«{name}» has meetings ({meetings}) and plan items ({plan_items}): it cannot be deleted, its protocols are reporting documents.</source>
      <translation>«{name}» бирикмесинин отурумдары ({meetings}) жана пландын иш-чаралары ({plan_items}) бар: аны өчүрүүгө болбойт, анын протоколдору отчеттук документтер болуп саналат.</translation>
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
    <message>
      <source>Chair of the council</source>
      <translation>Кеңештин төрагасы</translation>
    </message>
    <message>
      <source>Name (Kyrgyz)</source>
      <translation>Аталышы (кыргызча)</translation>
    </message>
    <message>
      <source>Event</source>
      <translation>Иш-чара</translation>
    </message>
    <message>
      <source>Deadline</source>
      <translation>Аткаруу мөөнөтү</translation>
    </message>
    <message>
      <source>Done on</source>
      <translation>Аткарылган күнү</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Себеби</translation>
    </message>
    <message>
      <source>Topic</source>
      <translation>Тема</translation>
    </message>
    <message>
      <source>What was shown</source>
      <translation>Эмне көрсөтүлдү</translation>
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
      <source>This database is new. Enter your school's details to begin, or load the sample school to try the app first.</source>
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
    <name>Growth</name>
    <message>
      <source>Word documents (*.docx)</source>
      <translation>Word документтери (*.docx)</translation>
    </message>
    <message>
      <source>Excel workbooks (*.xlsx)</source>
      <translation>Excel китептери (*.xlsx)</translation>
    </message>
    <message>
      <source>{title}: saved</source>
      <translation>{title}: сакталды</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Сактоо</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Жокко чыгаруу</translation>
    </message>
    <message>
      <source>Choose the teacher.</source>
      <translation>Мугалимди тандаңыз.</translation>
    </message>
    <message>
      <source>This must be filled in.</source>
      <translation>Бул талааны толтуруу керек.</translation>
    </message>
  </context>
  <context>
    <name>GrowthPage</name>
    <message>
      <source>Show the topics, lessons and visits of one teacher</source>
      <translation>Бир мугалимдин темаларын, сабактарын жана катышууларын көрсөтүү</translation>
    </message>
    <message>
      <source>All teachers</source>
      <translation>Бардык мугалимдер</translation>
    </message>
    <message>
      <source>Te&amp;acher:</source>
      <translation>&amp;Мугалим:</translation>
    </message>
    <message>
      <source>The language of the documents made here</source>
      <translation>Бул жерде түзүлгөн документтердин тили</translation>
    </message>
    <message>
      <source>Document lan&amp;guage:</source>
      <translation>&amp;Документтердин тили:</translation>
    </message>
    <message>
      <source>&amp;Topics</source>
      <translation>&amp;Темалар</translation>
    </message>
    <message>
      <source>&amp;Open lessons</source>
      <translation>&amp;Ачык сабактар</translation>
    </message>
    <message>
      <source>&amp;Visits</source>
      <translation>&amp;Катышуулар</translation>
    </message>
    <message>
      <source>Coming d&amp;ue</source>
      <translation>Мөөнөт&amp;ү жеткендер</translation>
    </message>
    <message>
      <source>Self-development topics of the year</source>
      <translation>Окуу жылынын өздүк усулдук темалары</translation>
    </message>
    <message>
      <source>Open lessons and master classes, term by term</source>
      <translation>Ачык сабактар жана мастер-класстар, чейректер боюнча</translation>
    </message>
    <message>
      <source>Mutual lesson visits: the list and who visited whom</source>
      <translation>Сабактарга өз ара катышуу: тизме жана ким кимдин сабагына катышканы</translation>
    </message>
    <message>
      <source>Courses, heads, topics and associations that need attention</source>
      <translation>Көңүл бурууну талап кылган курстар, жетекчилер, темалар жана бирикмелер</translation>
    </message>
    <message>
      <source>Teachers' growth</source>
      <translation>Мугалимдердин өсүшү</translation>
    </message>
    <message>
      <source>Coming d&amp;ue ({count})</source>
      <translation>Мөөнөт&amp;ү жеткендер ({count})</translation>
    </message>
    <message>
      <source>topics: {topics}, lessons: {lessons}, visits: {visits}</source>
      <translation>темалар: {topics}, сабактар: {lessons}, катышуулар: {visits}</translation>
    </message>
  </context>
  <context>
    <name>GrowthTab</name>
    <message>
      <source>Open in «Teachers' &amp;growth»</source>
      <translation>«Мугалимдердин &amp;өсүшү» бөлүмүндө ачуу</translation>
    </message>
    <message>
      <source>This academic year:</source>
      <translation>Ушул окуу жылында:</translation>
    </message>
    <message>
      <source>Topic: {title}</source>
      <translation>Тема: {title}</translation>
    </message>
    <message>
      <source>Master class</source>
      <translation>Мастер-класс</translation>
    </message>
    <message>
      <source>Open lesson</source>
      <translation>Ачык сабак</translation>
    </message>
    <message>
      <source>Lessons visited: {made}; her lessons visited: {received}</source>
      <translation>Катышкан сабактары: {made}; анын сабактарына катышуулар: {received}</translation>
    </message>
  </context>
  <context>
    <name>HomePage</name>
    <message>
      <source>Home</source>
      <translation>Башкы бет</translation>
    </message>
    <message>
      <source>term {term}</source>
      <translation>{term} чейрек</translation>
    </message>
    <message>
      <source>holidays</source>
      <translation>каникул</translation>
    </message>
    <message>
      <source>Today, {day}: {where} of {year}</source>
      <translation>Бүгүн, {day}: {year} окуу жылы, {where}</translation>
    </message>
    <message>
      <source>{count} things need attention. Enter or double-click opens the place that fixes one.</source>
      <translation>Көңүл бурууну талап кылган иштер: {count}. Enter же эки жолу басуу аны оңдой турган жерди ачат.</translation>
    </message>
    <message>
      <source>Nothing needs attention today.</source>
      <translation>Бүгүн шашылыш иш жок.</translation>
    </message>
    <message>
      <source>Plan item overdue since {due}: {event}</source>
      <translation>Пландын иш-чарасынын мөөнөтү {due} өтүп кетти: {event}</translation>
    </message>
    <message>
      <source>Plan item due by {due}: {event}</source>
      <translation>Пландын иш-чарасынын мөөнөтү {due}: {event}</translation>
    </message>
    <message>
      <source>{name}: no course for {years} years or more</source>
      <translation>{name}: {years} жыл жана андан көп курстан өткөн эмес</translation>
    </message>
    <message>
      <source>{name}: has not met in term {term} yet ({days} days left in the term)</source>
      <translation>{name}: {term} чейректе азырынча отурум өткөргөн жок (чейректин бүтүшүнө {days} күн калды)</translation>
    </message>
    <message>
      <source>Have not met this term</source>
      <translation>Бул чейректе отурум өткөрө элек бирикмелер</translation>
    </message>
    <message>
      <source>Plan items overdue</source>
      <translation>Мөөнөтү өтүп кеткен пландын иш-чаралары</translation>
    </message>
    <message>
      <source>Plan items due soon</source>
      <translation>Мөөнөтү жакындаган пландын иш-чаралары</translation>
    </message>
    <message>
      <source>Decisions past their date</source>
      <translation>Мөөнөтү өтүп кеткен чечимдер</translation>
    </message>
    <message>
      <source>Teachers due for courses</source>
      <translation>Курстан өтүүгө тийиш мугалимдер</translation>
    </message>
    <message>
      <source>Heads to reappoint</source>
      <translation>Кайра дайындала турган жетекчилер</translation>
    </message>
    <message>
      <source>Heads whose year ends</source>
      <translation>Мөөнөтү бүтүп жаткан жетекчилер</translation>
    </message>
    <message>
      <source>Associations with fewer than three members</source>
      <translation>Мүчөлөрү үчтөн аз бирикмелер</translation>
    </message>
    <message>
      <source>The unified plan</source>
      <translation>Бирдиктүү план</translation>
    </message>
    <message>
      <source>{body}, meeting № {number}: a decision past its date {due}: {text}</source>
      <translation>{body}, № {number} отурум: чечимдин мөөнөтү {due} өтүп кетти: {text}</translation>
    </message>
    <message>
      <source>{name}: reappoint the head ({head}) for the new year</source>
      <translation>{name}: жаңы окуу жылына жетекчини ({head}) кайра дайындаңыз</translation>
    </message>
    <message>
      <source>{name}: the head's year ends on {end} ({head})</source>
      <translation>{name}: жетекчинин ({head}) мөөнөтү {end} бүтөт</translation>
    </message>
    <message>
      <source>{name}: {count} members, fewer than three</source>
      <translation>{name}: {count} мүчө, үчтөн аз</translation>
    </message>
    <message>
      <source>The unified plan of the year is not approved yet</source>
      <translation>Окуу жылынын бирдиктүү планы азырынча бекитиле элек</translation>
    </message>
    <message>
      <source>Unified plan</source>
      <translation>Бирдиктүү план</translation>
    </message>
    <message>
      <source>Highest</source>
      <translation>Жогорку</translation>
    </message>
    <message>
      <source>First</source>
      <translation>Биринчи</translation>
    </message>
    <message>
      <source>Second</source>
      <translation>Экинчи</translation>
    </message>
    <message>
      <source>None</source>
      <translation>Жок</translation>
    </message>
    <message>
      <source>Plan completion by direction, %</source>
      <translation>Багыттар боюнча пландын аткарылышы, %</translation>
    </message>
    <message>
      <source>Plan completion by plan, %</source>
      <translation>Пландар боюнча аткарылышы, %</translation>
    </message>
    <message>
      <source>Meetings held this year</source>
      <translation>Ушул жылы өткөрүлгөн отурумдар</translation>
    </message>
    <message>
      <source>Staff by category</source>
      <translation>Мугалимдер категориялар боюнча</translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <source>Import only the &amp;valid rows</source>
      <translation>&amp;Катасыз саптарды гана импорттоо</translation>
    </message>
    <message>
      <source>Rows with errors are not imported. Fix them in the file and open it again, or import only the valid rows.</source>
      <translation>Катасы бар саптар импорттолбойт. Аларды файлда оңдоп, кайра ачыңыз же катасыз саптарды гана импорттоңуз.</translation>
    </message>
    <message>
      <source>&amp;Import</source>
      <translation>&amp;Импорттоо</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Жокко чыгаруу</translation>
    </message>
    <message>
      <source>Import the staff list: {file}</source>
      <translation>Кадрлар тизмесин импорттоо: {file}</translation>
    </message>
    <message>
      <source>Sheet «{sheet}», header in row {row}: {new} new, {duplicates} already on the staff, {invalid} with errors.</source>
      <translation>«{sheet}» барагы, баш сап {row}-катарда: жаңы — {new}, курамда бар — {duplicates}, катасы бар — {invalid}.</translation>
    </message>
    <message>
      <source>New subjects (they will be added to the catalogue): {names}</source>
      <translation>Жаңы предметтер (тизмеге кошулат): {names}</translation>
    </message>
    <message>
      <source>Columns not recognised (ignored): {names}</source>
      <translation>Таанылбаган мамычалар (эске алынбайт): {names}</translation>
    </message>
    <message>
      <source>Staff list imported: {added} new, {updated} updated, {skipped} skipped, {rejected} rows with errors left out.</source>
      <translation>Кадрлар тизмеси импорттолду: жаңы — {added}, жаңыланды — {updated}, өткөрүлдү — {skipped}, катасы бар саптар кошулган жок — {rejected}.</translation>
    </message>
  </context>
  <context>
    <name>ImportPreviewModel</name>
    <message>
      <source>Row</source>
      <translation>Сап</translation>
    </message>
    <message>
      <source>Full name</source>
      <translation>Аты-жөнү</translation>
    </message>
    <message>
      <source>Subjects</source>
      <translation>Предметтер</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Категория</translation>
    </message>
    <message>
      <source>What will happen</source>
      <translation>Эмне болот</translation>
    </message>
    <message>
      <source>Already on the staff: tick to update the teacher from this row, untick to skip it.</source>
      <translation>Курамда бар: ушул саптан маалыматты жаңылоо үчүн белгилеңиз, өткөрүп жиберүү үчүн белгини алып салыңыз.</translation>
    </message>
    <message>
      <source>New in the catalogue: {names}</source>
      <translation>Тизмеде жаңы: {names}</translation>
    </message>
    <message>
      <source>error: {message}</source>
      <translation>ката: {message}</translation>
    </message>
    <message>
      <source>new</source>
      <translation>жаңы</translation>
    </message>
    <message>
      <source>update existing</source>
      <translation>барды жаңылоо</translation>
    </message>
    <message>
      <source>skip</source>
      <translation>өткөрүп жиберүү</translation>
    </message>
    <message>
      <source>The same teacher as in row {other}.</source>
      <translation>{other}-саптагы эле мугалим.</translation>
    </message>
  </context>
  <context>
    <name>ItemEditor</name>
    <message>
      <source>Add a direc&amp;tion…</source>
      <translation>&amp;Багыт кошуу…</translation>
    </message>
    <message>
      <source>Find a teacher</source>
      <translation>Мугалимди табуу</translation>
    </message>
    <message>
      <source>Others, separated by commas</source>
      <translation>Башкалар, үтүр менен бөлүп</translation>
    </message>
    <message>
      <source>Unified plan</source>
      <translation>Бирдиктүү план</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Сактоо</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Жокко чыгаруу</translation>
    </message>
    <message>
      <source>Plan item № {number}</source>
      <translation>Пландын пункту № {number}</translation>
    </message>
    <message>
      <source>New plan item</source>
      <translation>Пландын жаңы пункту</translation>
    </message>
    <message>
      <source>Space ticks a line</source>
      <translation>Боштук (Space) сапты белгилейт</translation>
    </message>
    <message>
      <source>&amp;Event</source>
      <translation>&amp;Иш-чара</translation>
    </message>
    <message>
      <source>&amp;Direction</source>
      <translation>Ба&amp;гыты</translation>
    </message>
    <message>
      <source>&amp;Form</source>
      <translation>&amp;Формасы</translation>
    </message>
    <message>
      <source>Dead&amp;line</source>
      <translation>&amp;Мөөнөтү</translation>
    </message>
    <message>
      <source>&amp;Responsible</source>
      <translation>&amp;Жооптуулар</translation>
    </message>
    <message>
      <source>&amp;Plan</source>
      <translation>&amp;План</translation>
    </message>
    <message>
      <source>E&amp;xpected result</source>
      <translation>Күтүлгөн &amp;натыйжа</translation>
    </message>
    <message>
      <source>done on</source>
      <translation>аткарылган күнү</translation>
    </message>
    <message>
      <source>S&amp;tatus</source>
      <translation>&amp;Абалы</translation>
    </message>
    <message>
      <source>&amp;Note</source>
      <translation>&amp;Эскертүү</translation>
    </message>
    <message>
      <source>&amp;Reason</source>
      <translation>&amp;Себеби</translation>
    </message>
    <message>
      <source>The plan item was saved.</source>
      <translation>Пландын пункту сакталды.</translation>
    </message>
  </context>
  <context>
    <name>LessonEditor</name>
    <message>
      <source>Open lesson</source>
      <translation>Ачык сабак</translation>
    </message>
    <message>
      <source>Master class</source>
      <translation>Мастер-класс</translation>
    </message>
    <message>
      <source>One guest a line, e.g. a methodologist of the district office</source>
      <translation>Ар бир сапка бир конок, мис.: райондук билим берүү бөлүмүнүн методисти</translation>
    </message>
    <message>
      <source>&amp;Teacher</source>
      <translation>&amp;Мугалим</translation>
    </message>
    <message>
      <source>&amp;Date</source>
      <translation>&amp;Күнү</translation>
    </message>
    <message>
      <source>&amp;Class</source>
      <translation>К&amp;ласс</translation>
    </message>
    <message>
      <source>S&amp;ubject</source>
      <translation>&amp;Предмет</translation>
    </message>
    <message>
      <source>T&amp;opic</source>
      <translation>&amp;Тема</translation>
    </message>
    <message>
      <source>&amp;Form</source>
      <translation>&amp;Формасы</translation>
    </message>
    <message>
      <source>&amp;Association</source>
      <translation>Бир&amp;икме</translation>
    </message>
    <message>
      <source>&amp;Guests</source>
      <translation>К&amp;оноктор</translation>
    </message>
    <message>
      <source>E&amp;valuation</source>
      <translation>Б&amp;аалоо</translation>
    </message>
    <message>
      <source>Find a colleague</source>
      <translation>Кесиптешти издөө</translation>
    </message>
    <message>
      <source>New open lesson</source>
      <translation>Жаңы ачык сабак</translation>
    </message>
    <message>
      <source>O&amp;bservers: {count}</source>
      <translation>&amp;Байкоочулар: {count}</translation>
    </message>
    <message>
      <source>The lesson of {name} on {date} was saved.</source>
      <translation>Сабак сакталды: {name}, {date}.</translation>
    </message>
  </context>
  <context>
    <name>LessonsTab</name>
    <message>
      <source>The schedule of one term, or the whole year</source>
      <translation>Бир чейректин же бүт окуу жылынын графиги</translation>
    </message>
    <message>
      <source>Te&amp;rm:</source>
      <translation>Чей&amp;рек:</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Күнү</translation>
    </message>
    <message>
      <source>Teacher</source>
      <translation>Мугалим</translation>
    </message>
    <message>
      <source>Class</source>
      <translation>Класс</translation>
    </message>
    <message>
      <source>Subject</source>
      <translation>Предмет</translation>
    </message>
    <message>
      <source>Topic</source>
      <translation>Тема</translation>
    </message>
    <message>
      <source>Form</source>
      <translation>Формасы</translation>
    </message>
    <message>
      <source>Association</source>
      <translation>Бирикме</translation>
    </message>
    <message>
      <source>Observers</source>
      <translation>Байкоочулар</translation>
    </message>
    <message>
      <source>&amp;New lesson</source>
      <translation>&amp;Жаңы сабак</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>Ө&amp;згөртүү</translation>
    </message>
    <message>
      <source>De&amp;lete</source>
      <translation>Ө&amp;чүрүү</translation>
    </message>
    <message>
      <source>Schedule .&amp;docx…</source>
      <translation>График .&amp;docx…</translation>
    </message>
    <message>
      <source>The schedule of the chosen term (or of the year) in the document language</source>
      <translation>Тандалган чейректин (же окуу жылынын) графиги документтердин тилинде</translation>
    </message>
    <message>
      <source>The whole year</source>
      <translation>Бүт окуу жылы</translation>
    </message>
    <message>
      <source>Term {n} ({start} – {end})</source>
      <translation>{n} чейрек ({start} – {end})</translation>
    </message>
    <message>
      <source>Open lessons: {lessons}, master classes: {masters}</source>
      <translation>Ачык сабактар: {lessons}, мастер-класстар: {masters}</translation>
    </message>
    <message>
      <source>Master class</source>
      <translation>Мастер-класс</translation>
    </message>
    <message>
      <source>Open lesson</source>
      <translation>Ачык сабак</translation>
    </message>
    <message>
      <source>Delete the lesson «{topic}» of {name} on {date}?</source>
      <translation>{name}, {date}: «{topic}» сабагы өчүрүлсүнбү?</translation>
    </message>
    <message>
      <source>Delete the lesson «{topic}»</source>
      <translation>«{topic}» сабагын өчүрүү</translation>
    </message>
    <message>
      <source>The lesson «{topic}» was deleted (Ctrl+Z brings it back).</source>
      <translation>«{topic}» сабагы өчүрүлдү (Ctrl+Z аны кайтарат).</translation>
    </message>
    <message>
      <source>Open lessons {year} ({lang})</source>
      <translation>Ачык сабактар {year} ({lang})</translation>
    </message>
    <message>
      <source>Open lessons {year}, term {n} ({lang})</source>
      <translation>Ачык сабактар {year}, {n}-чейрек ({lang})</translation>
    </message>
    <message>
      <source>Save the schedule of open lessons</source>
      <translation>Ачык сабактардын графигин сактоо</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Opening {path}…</source>
      <translation>{path} ачылууда…</translation>
    </message>
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
    <name>MatrixModel</name>
    <message>
      <source>{visitor} → {visited}: {count}</source>
      <translation>{visitor} → {visited}: {count}</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Жалпы</translation>
    </message>
    <message>
      <source>Visits made</source>
      <translation>Өзү катышкан сабактар</translation>
    </message>
    <message>
      <source>Visits received</source>
      <translation>Сабактарына катышуулар</translation>
    </message>
  </context>
  <context>
    <name>MeetingDialog</name>
    <message>
      <source>Reviewed at a meeting</source>
      <translation>Отурумда каралды</translation>
    </message>
    <message>
      <source>The held meeting whose protocol records the review:</source>
      <translation>Протоколунда каралганы жазылган өткөн отурум:</translation>
    </message>
    <message>
      <source>&amp;Meeting</source>
      <translation>&amp;Отурум</translation>
    </message>
  </context>
  <context>
    <name>MeetingEditor</name>
    <message>
      <source>Main</source>
      <translation>Негизги</translation>
    </message>
    <message>
      <source>Agenda</source>
      <translation>Күн тартиби</translation>
    </message>
    <message>
      <source>Attendance</source>
      <translation>Катышуу</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>Отурумдун жүрүшү</translation>
    </message>
    <message>
      <source>Decisions of the previous meeting</source>
      <translation>Мурунку отурумдун чечимдери</translation>
    </message>
    <message>
      <source>Ctrl+Tab goes to the next tab</source>
      <translation>Ctrl+Tab — кийинки өтмөккө өтүү</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Сактоо</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Жокко чыгаруу</translation>
    </message>
    <message>
      <source>e.g. room 201</source>
      <translation>мис.: 201-кабинет</translation>
    </message>
    <message>
      <source>The chair's full name, when not on the staff list</source>
      <translation>Төраганын аты-жөнү, эгер ал кызматкерлердин тизмесинде жок болсо</translation>
    </message>
    <message>
      <source>The protocol is final: its number № {number} is fixed, so the meeting cannot move before or after another meeting of the body.</source>
      <translation>Протокол акыркы болуп белгиленген: анын № {number} номери бекитилген, ошондуктан отурумду бирикменин (кеңештин) башка отурумунан мурунку же кийинки күнгө жылдырууга болбойт.</translation>
    </message>
    <message>
      <source>&amp;Time</source>
      <translation>&amp;Убактысы</translation>
    </message>
    <message>
      <source>&amp;Association or council</source>
      <translation>&amp;Бирикме же кеңеш</translation>
    </message>
    <message>
      <source>&amp;Date</source>
      <translation>&amp;Күнү</translation>
    </message>
    <message>
      <source>&amp;Place</source>
      <translation>&amp;Өтүүчү жери</translation>
    </message>
    <message>
      <source>Stat&amp;us</source>
      <translation>&amp;Абалы</translation>
    </message>
    <message>
      <source>C&amp;hair</source>
      <translation>&amp;Төрага</translation>
    </message>
    <message>
      <source>Chair's &amp;name</source>
      <translation>Төраганын аты-&amp;жөнү</translation>
    </message>
    <message>
      <source>Se&amp;cretary</source>
      <translation>Кат&amp;чы</translation>
    </message>
    <message>
      <source>— another person (not on the staff list) —</source>
      <translation>— башка адам (кызматкерлердин тизмесинде жок) —</translation>
    </message>
    <message>
      <source>— none —</source>
      <translation>— жок —</translation>
    </message>
    <message>
      <source>New meeting: {body}</source>
      <translation>Жаңы отурум: {body}</translation>
    </message>
    <message>
      <source>Meeting № {number}: {body}</source>
      <translation>№ {number} отурум: {body}</translation>
    </message>
    <message>
      <source>Term {term}</source>
      <translation>{term} чейрек</translation>
    </message>
    <message>
      <source>Outside the terms (the holidays)</source>
      <translation>Чейректерден тышкары (каникул)</translation>
    </message>
    <message>
      <source>Protocol № {number}</source>
      <translation>№ {number} протоколу</translation>
    </message>
    <message>
      <source>A meeting after today can only be planned.</source>
      <translation>Бүгүндөн кийинки отурум пландалган гана болушу мүмкүн.</translation>
    </message>
    <message>
      <source>Agenda: {count} item(s).</source>
      <translation>Күн тартибиндеги маселелер: {count}.</translation>
    </message>
    <message>
      <source>Attendance: {present} of {total} present, {guests} guest(s).</source>
      <translation>Катышуу: {total} ичинен {present} катышты, чакырылгандар: {guests}.</translation>
    </message>
    <message>
      <source>Decisions recorded: {count}.</source>
      <translation>Жазылган чечимдер: {count}.</translation>
    </message>
    <message>
      <source>Decisions of the previous meeting ({count})</source>
      <translation>Мурунку отурумдун чечимдери ({count})</translation>
    </message>
    <message>
      <source>Write the time as hours and minutes, like 14:30.</source>
      <translation>Убакытты саат жана мүнөт менен жазыңыз, мисалы 14:30.</translation>
    </message>
    <message>
      <source>The meeting of {date} was saved.</source>
      <translation>{date} күнкү отурум сакталды.</translation>
    </message>
    <message>
      <source>Agenda item {number}: write its topic.</source>
      <translation>Күн тартибинин {number}-маселеси: анын темасын жазыңыз.</translation>
    </message>
  </context>
  <context>
    <name>Meetings</name>
    <message>
      <source>planned</source>
      <translation>пландалган</translation>
    </message>
    <message>
      <source>held</source>
      <translation>өткөрүлдү</translation>
    </message>
    <message>
      <source>missing</source>
      <translation>жок</translation>
    </message>
    <message>
      <source>not checked yet</source>
      <translation>текшериле элек</translation>
    </message>
    <message>
      <source>done</source>
      <translation>аткарылды</translation>
    </message>
    <message>
      <source>not done</source>
      <translation>аткарылган жок</translation>
    </message>
    <message>
      <source>carried over</source>
      <translation>жылдырылды</translation>
    </message>
    <message>
      <source>{present} of {total} present</source>
      <translation>{total} ичинен {present} катышты</translation>
    </message>
  </context>
  <context>
    <name>MeetingsModel</name>
    <message>
      <source>№</source>
      <translation>№</translation>
    </message>
    <message>
      <source>Date and time</source>
      <translation>Күнү жана убактысы</translation>
    </message>
    <message>
      <source>Association or council</source>
      <translation>Бирикме же кеңеш</translation>
    </message>
    <message>
      <source>Term</source>
      <translation>Чейрек</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Абалы</translation>
    </message>
    <message>
      <source>Attendance</source>
      <translation>Катышуу</translation>
    </message>
    <message>
      <source>Final</source>
      <translation>Акыркы</translation>
    </message>
    <message>
      <source>The protocol is final: its number № {number} is fixed.</source>
      <translation>Протокол акыркы болуп белгиленген: анын № {number} номери бекитилген.</translation>
    </message>
    <message>
      <source>Outside the terms (the holidays or before term I)</source>
      <translation>Чейректерден тышкары (каникул же I чейрекке чейин)</translation>
    </message>
  </context>
  <context>
    <name>MeetingsPage</name>
    <message>
      <source>All terms</source>
      <translation>Бардык чейректер</translation>
    </message>
    <message>
      <source>Term {term}</source>
      <translation>{term} чейрек</translation>
    </message>
    <message>
      <source>Planned and held</source>
      <translation>Пландалган жана өткөрүлгөн</translation>
    </message>
    <message>
      <source>&amp;New meeting</source>
      <translation>&amp;Жаңы отурум</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>Ө&amp;згөртүү</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>Ө&amp;чүрүү</translation>
    </message>
    <message>
      <source>Mark &amp;final</source>
      <translation>Акыркы деп бел&amp;гилөө</translation>
    </message>
    <message>
      <source>A final protocol keeps its number; it is printed and signed</source>
      <translation>Акыркы протоколдун номери өзгөрбөйт; ал басып чыгарылып, кол коюлат</translation>
    </message>
    <message>
      <source>The language of the protocol</source>
      <translation>Протоколдун тили</translation>
    </message>
    <message>
      <source>Protocol (.&amp;docx)…</source>
      <translation>Протокол (.&amp;docx)…</translation>
    </message>
    <message>
      <source>Protocol &amp;book (.docx)…</source>
      <translation>&amp;Протоколдор китеби (.docx)…</translation>
    </message>
    <message>
      <source>Every held meeting of the chosen association or council, in one document</source>
      <translation>Тандалган бирикменин же кеңештин бардык өткөрүлгөн отурумдары бир документте</translation>
    </message>
    <message>
      <source>Print pre&amp;view…</source>
      <translation>Алдын ала &amp;көрүү…</translation>
    </message>
    <message>
      <source>Save as P&amp;DF…</source>
      <translation>PDF катары &amp;сактоо…</translation>
    </message>
    <message>
      <source>Meetings</source>
      <translation>Отурумдар</translation>
    </message>
    <message>
      <source>Term coverage</source>
      <translation>Чейректер боюнча отурумдар</translation>
    </message>
    <message>
      <source>&amp;Body</source>
      <translation>&amp;Бирикме же кеңеш</translation>
    </message>
    <message>
      <source>Ter&amp;m</source>
      <translation>Чей&amp;рек</translation>
    </message>
    <message>
      <source>Stat&amp;us</source>
      <translation>&amp;Абалы</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;Тили</translation>
    </message>
    <message>
      <source>No academic year yet: add one in Settings.</source>
      <translation>Азырынча окуу жылы жок: аны Жөндөөлөрдөн кошуңуз.</translation>
    </message>
    <message>
      <source>Meetings of the academic year {year}</source>
      <translation>{year} окуу жылынын отурумдары</translation>
    </message>
    <message>
      <source>All associations and councils</source>
      <translation>Бардык бирикмелер жана кеңештер</translation>
    </message>
    <message>
      <source>No meetings match the filters.</source>
      <translation>Тандалган чыпкаларга ылайык отурумдар жок.</translation>
    </message>
    <message>
      <source>No meetings yet this year: plan the first one with New meeting.</source>
      <translation>Бул окуу жылында азырынча отурумдар жок: биринчисин «Жаңы отурум» аркылуу пландаңыз.</translation>
    </message>
    <message>
      <source>Unmark &amp;final</source>
      <translation>Акыркы бел&amp;гисин алып салуу</translation>
    </message>
    <message>
      <source>the meeting № {number} of {date} ({body})</source>
      <translation>{date} күнкү № {number} отурум ({body})</translation>
    </message>
    <message>
      <source>Delete {meeting} with its agenda, attendance and decisions?</source>
      <translation>{meeting}, анын күн тартиби, катышуусу жана чечимдери өчүрүлсүнбү?</translation>
    </message>
    <message>
      <source>Deleted: {meeting}.</source>
      <translation>Өчүрүлдү: {meeting}.</translation>
    </message>
    <message>
      <source>Unmark the protocol № {number} as final? Its number may then change when meetings are added before it.</source>
      <translation>№ {number} протоколдун акыркы белгиси алынып салынсынбы? Андан мурунку күндөргө отурумдар кошулса, анын номери өзгөрүшү мүмкүн.</translation>
    </message>
    <message>
      <source>The protocol № {number} is final.</source>
      <translation>№ {number} протокол акыркы болуп белгиленди.</translation>
    </message>
    <message>
      <source>The protocol № {number} is no longer final.</source>
      <translation>№ {number} протоколдун акыркы белгиси алынып салынды.</translation>
    </message>
  </context>
  <context>
    <name>MoveDialog</name>
    <message>
      <source>Move the item</source>
      <translation>Пунктту жылдыруу</translation>
    </message>
    <message>
      <source>The new deadline and why the item moves:</source>
      <translation>Жаңы мөөнөт жана эмне үчүн жылдырылат:</translation>
    </message>
    <message>
      <source>New &amp;deadline</source>
      <translation>Жаңы &amp;мөөнөт</translation>
    </message>
    <message>
      <source>&amp;Reason</source>
      <translation>&amp;Себеби</translation>
    </message>
    <message>
      <source>Write the reason.</source>
      <translation>Себебин жазыңыз.</translation>
    </message>
  </context>
  <context>
    <name>OptionalDate</name>
    <message>
      <source>Tick when the date is known</source>
      <translation>Күнү белгилүү болсо белгилеңиз</translation>
    </message>
    <message>
      <source>not set</source>
      <translation>көрсөтүлгөн эмес</translation>
    </message>
  </context>
  <context>
    <name>PlanModel</name>
    <message>
      <source>No one responsible</source>
      <translation>Жооптуу жок</translation>
    </message>
    <message>
      <source>Event</source>
      <translation>Иш-чара</translation>
    </message>
    <message>
      <source>Form</source>
      <translation>Формасы</translation>
    </message>
    <message>
      <source>Deadline</source>
      <translation>Аткаруу мөөнөтү</translation>
    </message>
    <message>
      <source>Responsible</source>
      <translation>Жооптуулар</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Абалы</translation>
    </message>
    <message>
      <source>{name} ({count})</source>
      <translation>{name} ({count})</translation>
    </message>
    <message>
      <source>Done {done} of {count} (cancelled items not counted)</source>
      <translation>{count} пункттун {done} аткарылды (жокко чыгарылгандар эсептелбейт)</translation>
    </message>
    <message>
      <source>Done {day}</source>
      <translation>Аткарылды {day}</translation>
    </message>
    <message>
      <source>Overdue: the deadline was {day}</source>
      <translation>Мөөнөтү өттү: {day} чейин болчу</translation>
    </message>
    <message>
      <source>Due by {day}</source>
      <translation>{day} чейин</translation>
    </message>
  </context>
  <context>
    <name>PlanPage</name>
    <message>
      <source>The unified plan, or one association's work plan</source>
      <translation>Бирдиктүү план же бир бирикменин иш планы</translation>
    </message>
    <message>
      <source>How the items are grouped</source>
      <translation>Пункттар кантип топтоштурулат</translation>
    </message>
    <message>
      <source>Filter the items (Ctrl+L)</source>
      <translation>Иш-чараларды чыпкалоо (Ctrl+L)</translation>
    </message>
    <message>
      <source>Words of the event, the form, the responsible, the note</source>
      <translation>Иш-чаранын, формасынын, жооптуулардын, эскертүүнүн сөздөрү</translation>
    </message>
    <message>
      <source>&amp;Plan:</source>
      <translation>&amp;План:</translation>
    </message>
    <message>
      <source>Vie&amp;w:</source>
      <translation>&amp;Көрүнүш:</translation>
    </message>
    <message>
      <source>&amp;New item</source>
      <translation>&amp;Жаңы пункт</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>Ө&amp;згөртүү</translation>
    </message>
    <message>
      <source>Dele&amp;te</source>
      <translation>Ө&amp;чүрүү</translation>
    </message>
    <message>
      <source>&amp;Done</source>
      <translation>&amp;Аткарылды</translation>
    </message>
    <message>
      <source>D: done today</source>
      <translation>D: бүгүн аткарылды</translation>
    </message>
    <message>
      <source>&amp;Move…</source>
      <translation>Ж&amp;ылдыруу…</translation>
    </message>
    <message>
      <source>M: a new deadline, and why</source>
      <translation>M: жаңы мөөнөт жана себеби</translation>
    </message>
    <message>
      <source>&amp;Cancel item…</source>
      <translation>Жокко &amp;чыгаруу…</translation>
    </message>
    <message>
      <source>C: cancelled, and why</source>
      <translation>C: жокко чыгарылды жана себеби</translation>
    </message>
    <message>
      <source>&amp;Reopen</source>
      <translation>&amp;Кайра ачуу</translation>
    </message>
    <message>
      <source>R: planned again</source>
      <translation>R: кайра пландалды</translation>
    </message>
    <message>
      <source>Plan</source>
      <translation>План</translation>
    </message>
    <message>
      <source>Unified plan</source>
      <translation>Бирдиктүү план</translation>
    </message>
    <message>
      <source>Unified plan of methodical work</source>
      <translation>Усулдук иштин бирдиктүү планы</translation>
    </message>
    <message>
      <source>Work plan: {name}</source>
      <translation>Иш планы: {name}</translation>
    </message>
    <message>
      <source>All plans of the year</source>
      <translation>Жылдын бардык пландары</translation>
    </message>
    <message>
      <source>No academic year yet: add one in Settings.</source>
      <translation>Окуу жылы азырынча жок: Жөндөөлөрдөн кошуңуз.</translation>
    </message>
    <message>
      <source>No items in the plans of {year} yet: add the first one (Ctrl+N).</source>
      <translation>{year} пландарында азырынча пункт жок: биринчисин кошуңуз (Ctrl+N).</translation>
    </message>
    <message>
      <source>Done in {year}: {done}/{count} ({percent}%)</source>
      <translation>{year} аткарылганы: {done}/{count} ({percent}%)</translation>
    </message>
    <message>
      <source>By direction: {list}</source>
      <translation>Багыттар боюнча: {list}</translation>
    </message>
    <message>
      <source>By plan: {list}</source>
      <translation>Пландар боюнча: {list}</translation>
    </message>
    <message>
      <source>Done / all items; cancelled items are not counted</source>
      <translation>Аткарылганы / бардык пункттар; жокко чыгарылгандар эсептелбейт</translation>
    </message>
    <message>
      <source>This plan has no items yet: add the first one with «New item» (Ctrl+N).</source>
      <translation>Бул планда азырынча пункт жок: биринчисин «Жаңы пункт» менен кошуңуз (Ctrl+N).</translation>
    </message>
    <message>
      <source>No item matches «{text}».</source>
      <translation>«{text}» боюнча пункт табылган жок.</translation>
    </message>
    <message>
      <source>Nothing is overdue.</source>
      <translation>Мөөнөтү өткөн пункт жок.</translation>
    </message>
    <message>
      <source>Delete the item «{event}»? Ctrl+Z brings it back.</source>
      <translation>«{event}» пунктун өчүрөсүзбү? Ctrl+Z аны кайтарат.</translation>
    </message>
    <message>
      <source>The item was deleted; Ctrl+Z brings it back.</source>
      <translation>Пункт өчүрүлдү; Ctrl+Z аны кайтарат.</translation>
    </message>
    <message>
      <source>Marked as done</source>
      <translation>Аткарылганы белгиленди</translation>
    </message>
    <message>
      <source>Done: {event}</source>
      <translation>Аткарылды: {event}</translation>
    </message>
    <message>
      <source>Why is «{event}» cancelled?</source>
      <translation>«{event}» эмне үчүн жокко чыгарылат?</translation>
    </message>
  </context>
  <context>
    <name>PlanStatus</name>
    <message>
      <source>Planned</source>
      <translation>Пландалган</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Аткарылды</translation>
    </message>
    <message>
      <source>Moved</source>
      <translation>Жылдырылды</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>Жокко чыгарылды</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>Мөөнөтү өттү</translation>
    </message>
  </context>
  <context>
    <name>PlanView</name>
    <message>
      <source>By month</source>
      <translation>Айлар боюнча</translation>
    </message>
    <message>
      <source>By direction</source>
      <translation>Багыттар боюнча</translation>
    </message>
    <message>
      <source>By plan (association)</source>
      <translation>Пландар (бирикмелер) боюнча</translation>
    </message>
    <message>
      <source>By responsible</source>
      <translation>Жооптуулар боюнча</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>Мөөнөтү өткөндөр</translation>
    </message>
  </context>
  <context>
    <name>PreviousDecisions</name>
    <message>
      <source>All &amp;done</source>
      <translation>&amp;Баары аткарылды</translation>
    </message>
    <message>
      <source>No decisions of earlier meetings are waiting for their check.</source>
      <translation>Мурунку отурумдардын текшерүүнү күтүп жаткан чечимдери жок.</translation>
    </message>
    <message>
      <source>{count} decision(s) of earlier meetings to check. The states are recorded when the meeting is saved.</source>
      <translation>Мурунку отурумдардын текшериле турган чечимдери: {count}. Алардын абалы отурум сакталганда жазылат.</translation>
    </message>
    <message>
      <source>The decisions of the previous meeting are checked; a state can still be corrected here.</source>
      <translation>Мурунку отурумдун чечимдери текшерилди; абалын бул жерден дагы эле оңдоого болот.</translation>
    </message>
    <message>
      <source>Meeting</source>
      <translation>Отурум</translation>
    </message>
    <message>
      <source>Decision</source>
      <translation>Чечим</translation>
    </message>
    <message>
      <source>Responsible</source>
      <translation>Жооптуулар</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Мөөнөтү</translation>
    </message>
    <message>
      <source>State</source>
      <translation>Абалы</translation>
    </message>
    <message>
      <source>№ {number} of {date}</source>
      <translation>{date} күнкү № {number}</translation>
    </message>
    <message>
      <source>Past due</source>
      <translation>Мөөнөтү өтүп кетти</translation>
    </message>
  </context>
  <context>
    <name>ProtocolDocuments</name>
    <message>
      <source>Documents cannot be made in this window.</source>
      <translation>Бул терезеде документтерди түзүүгө болбойт.</translation>
    </message>
    <message>
      <source>Protocol {number} {date}.docx</source>
      <translation>Протокол {number} {date}.docx</translation>
    </message>
    <message>
      <source>Save the protocol</source>
      <translation>Протоколду сактоо</translation>
    </message>
    <message>
      <source>Word documents (*.docx)</source>
      <translation>Word документтери (*.docx)</translation>
    </message>
    <message>
      <source>The protocol was saved to {path}.</source>
      <translation>Протокол {path} файлына сакталды.</translation>
    </message>
    <message>
      <source>Protocols {year}.docx</source>
      <translation>Протоколдор {year}.docx</translation>
    </message>
    <message>
      <source>Protocols {body} {year}.docx</source>
      <translation>Протоколдор {body} {year}.docx</translation>
    </message>
    <message>
      <source>Save the protocol book</source>
      <translation>Протоколдор китебин сактоо</translation>
    </message>
    <message>
      <source>The protocol book was saved to {path}.</source>
      <translation>Протоколдор китеби {path} файлына сакталды.</translation>
    </message>
    <message>
      <source>Printing is not available in this version.</source>
      <translation>Бул версияда басып чыгаруу мүмкүн эмес.</translation>
    </message>
    <message>
      <source>Protocol {number} {date}.pdf</source>
      <translation>Протокол {number} {date}.pdf</translation>
    </message>
    <message>
      <source>Save the protocol as PDF</source>
      <translation>Протоколду PDF катары сактоо</translation>
    </message>
    <message>
      <source>PDF documents (*.pdf)</source>
      <translation>PDF документтери (*.pdf)</translation>
    </message>
    <message>
      <source>The PDF could not be written: {reason}</source>
      <translation>PDF файлын жазуу мүмкүн болгон жок: {reason}</translation>
    </message>
  </context>
  <context>
    <name>ReasonDialog</name>
    <message>
      <source>Why?</source>
      <translation>Эмне үчүн?</translation>
    </message>
    <message>
      <source>&amp;Reason</source>
      <translation>&amp;Себеби</translation>
    </message>
    <message>
      <source>Write the reason.</source>
      <translation>Себебин жазыңыз.</translation>
    </message>
  </context>
  <context>
    <name>RecordPanel</name>
    <message>
      <source>The report: who reported and what about</source>
      <translation>Баяндама: ким баяндама жасады жана эмне жөнүндө</translation>
    </message>
    <message>
      <source>Who spoke</source>
      <translation>Ким сүйлөдү</translation>
    </message>
    <message>
      <source>Gist</source>
      <translation>Кыскача мазмуну</translation>
    </message>
    <message>
      <source>F2 edits a cell; a name that is not a member's is written as a guest</source>
      <translation>F2 уячаны өзгөртөт; мүчө эмес адамдын аты чакырылган катары жазылат</translation>
    </message>
    <message>
      <source>Add a spea&amp;ker</source>
      <translation>Сүйлөгөндү ко&amp;шуу</translation>
    </message>
    <message>
      <source>Remove the speaker</source>
      <translation>Сүйлөгөндү өчүрүү</translation>
    </message>
    <message>
      <source>&amp;Heard</source>
      <translation>&amp;Угулду</translation>
    </message>
    <message>
      <source>S&amp;poke</source>
      <translation>&amp;Чыгып сүйлөдү</translation>
    </message>
    <message>
      <source>&amp;Decided</source>
      <translation>&amp;Токтом</translation>
    </message>
  </context>
  <context>
    <name>ReportsPage</name>
    <message>
      <source>End-of-year report (.docx)</source>
      <translation>Окуу жылынын отчету (.docx)</translation>
    </message>
    <message>
      <source>Workbook for the district office (.xlsx)</source>
      <translation>Райондук бөлүм үчүн Excel китеби (.xlsx)</translation>
    </message>
    <message>
      <source>Regulation on methodical work (.docx)</source>
      <translation>Усулдук иш жөнүндө жобо (.docx)</translation>
    </message>
    <message>
      <source>Regulation on the methodical association (.docx)</source>
      <translation>Усулдук бирикме жөнүндө жобо (.docx)</translation>
    </message>
    <message>
      <source>Director's order on the associations (.docx)</source>
      <translation>Бирикмелер жөнүндө директордун буйругу (.docx)</translation>
    </message>
    <message>
      <source>Unified plan (.docx)</source>
      <translation>Бирдиктүү план (.docx)</translation>
    </message>
    <message>
      <source>Self-development topics (.xlsx)</source>
      <translation>Өздүк усулдук темалар (.xlsx)</translation>
    </message>
    <message>
      <source>&amp;Make the document…</source>
      <translation>Документти &amp;даярдоо…</translation>
    </message>
    <message>
      <source>Open it when ready</source>
      <translation>Даяр болгондо ачуу</translation>
    </message>
    <message>
      <source>&amp;Open the last one</source>
      <translation>Акыркысын &amp;ачуу</translation>
    </message>
    <message>
      <source>Open its &amp;folder</source>
      <translation>Анын &amp;папкасын ачуу</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Тили</translation>
    </message>
    <message>
      <source>Association (report)</source>
      <translation>Бирикме (отчет үчүн)</translation>
    </message>
    <message>
      <source>The deputy's own paragraphs of the report</source>
      <translation>Отчеттогу орун басардын өз тексттери</translation>
    </message>
    <message>
      <source>Achievements</source>
      <translation>Жетишкендиктер</translation>
    </message>
    <message>
      <source>Problems</source>
      <translation>Көйгөйлөр</translation>
    </message>
    <message>
      <source>Tasks for next year</source>
      <translation>Келерки жылга милдеттер</translation>
    </message>
    <message>
      <source>&amp;Save the paragraphs</source>
      <translation>Тексттерди &amp;сактоо</translation>
    </message>
    <message>
      <source>The regulations</source>
      <translation>Жоболор</translation>
    </message>
    <message>
      <source>Save the &amp;dates</source>
      <translation>&amp;Күндөрдү сактоо</translation>
    </message>
    <message>
      <source>Reviewed by the pedagogical council</source>
      <translation>Педагогикалык кеңеште каралды</translation>
    </message>
    <message>
      <source>Approved by the director</source>
      <translation>Директор бекитти</translation>
    </message>
    <message>
      <source>Document</source>
      <translation>Документ</translation>
    </message>
    <message>
      <source>Preview of the contents</source>
      <translation>Мазмунун алдын ала көрүү</translation>
    </message>
    <message>
      <source>Reports</source>
      <translation>Отчеттор</translation>
    </message>
    <message>
      <source>The whole methodical service</source>
      <translation>Бүткүл усулдук кызмат</translation>
    </message>
    <message>
      <source>Members</source>
      <translation>Мүчөлөр</translation>
    </message>
    <message>
      <source>Average experience, years</source>
      <translation>Орточо стаж, жыл</translation>
    </message>
    <message>
      <source>Meetings held</source>
      <translation>Өткөрүлгөн отурумдар</translation>
    </message>
    <message>
      <source>Plan items done</source>
      <translation>Аткарылган иш-чаралар</translation>
    </message>
    <message>
      <source>Open lessons / master classes</source>
      <translation>Ачык сабактар / мастер-класстар</translation>
    </message>
    <message>
      <source>Courses taken this year</source>
      <translation>Ушул жылы курстан өткөндөр</translation>
    </message>
    <message>
      <source>Teachers due for courses</source>
      <translation>Курстан өтүүчү мугалимдер</translation>
    </message>
    <message>
      <source>Topics / shown this year</source>
      <translation>Темалар / ушул жылы көрсөтүлдү</translation>
    </message>
    <message>
      <source>Mutual visits</source>
      <translation>Өз ара катышуулар</translation>
    </message>
    <message>
      <source>Charts</source>
      <translation>Диаграммалар</translation>
    </message>
    <message>
      <source>Sheets: staff, associations, meetings, open lessons, topics, plan completion.</source>
      <translation>Барактар: кадрлар, бирикмелер, отурумдар, ачык сабактар, темалар, пландын аткарылышы.</translation>
    </message>
    <message>
      <source>Teachers: {teachers}, associations: {associations}</source>
      <translation>Мугалимдер: {teachers}, бирикмелер: {associations}</translation>
    </message>
    <message>
      <source>The paragraphs of the report were saved.</source>
      <translation>Отчеттун тексттери сакталды.</translation>
    </message>
    <message>
      <source>The dates of the regulations were saved.</source>
      <translation>Жоболордун күндөрү сакталды.</translation>
    </message>
    <message>
      <source>Excel workbooks (*.xlsx)</source>
      <translation>Excel китептери (*.xlsx)</translation>
    </message>
    <message>
      <source>Word documents (*.docx)</source>
      <translation>Word документтери (*.docx)</translation>
    </message>
    <message>
      <source>Save the document</source>
      <translation>Документти сактоо</translation>
    </message>
    <message>
      <source>Making {name}…</source>
      <translation>{name} даярдалууда…</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Жокко чыгаруу</translation>
    </message>
    <message>
      <source>Cancelled: no file was kept.</source>
      <translation>Жокко чыгарылды: файл сакталган жок.</translation>
    </message>
    <message>
      <source>Document made</source>
      <translation>Документ даяр</translation>
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
    <name>SearchDialog</name>
    <message>
      <source>Search</source>
      <translation>Издөө</translation>
    </message>
    <message>
      <source>Any word: a surname, a topic, an event…</source>
      <translation>Каалаган сөз: фамилия, тема, иш-чара…</translation>
    </message>
    <message>
      <source>Found</source>
      <translation>Табылды</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>Толугураак</translation>
    </message>
    <message>
      <source>Teachers</source>
      <translation>Мугалимдер</translation>
    </message>
    <message>
      <source>Associations</source>
      <translation>Бирикмелер</translation>
    </message>
    <message>
      <source>Meetings</source>
      <translation>Отурумдар</translation>
    </message>
    <message>
      <source>Plan items</source>
      <translation>Пландын иш-чаралары</translation>
    </message>
    <message>
      <source>Self-development topics</source>
      <translation>Өздүк усулдук темалар</translation>
    </message>
    <message>
      <source>{count} found</source>
      <translation>Табылганы: {count}</translation>
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
      <source>Catalogues</source>
      <translation>Тизмелер</translation>
    </message>
    <message>
      <source>Backups</source>
      <translation>Камдык көчүрмөлөр</translation>
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
    <name>ShownDialog</name>
    <message>
      <source>e.g. an open lesson in 7А</source>
      <translation>мис.: 7А классында ачык сабак</translation>
    </message>
    <message>
      <source>&amp;Date</source>
      <translation>&amp;Күнү</translation>
    </message>
    <message>
      <source>&amp;What was shown</source>
      <translation>&amp;Эмне көрсөтүлдү</translation>
    </message>
    <message>
      <source>&amp;Record</source>
      <translation>&amp;Жазуу</translation>
    </message>
    <message>
      <source>Shown in {year}</source>
      <translation>{year} окуу жылында көрсөтүлдү</translation>
    </message>
  </context>
  <context>
    <name>StaffModel</name>
    <message>
      <source>Main subject: {main}</source>
      <translation>Негизги предмети: {main}</translation>
    </message>
    <message>
      <source>Also teaches: {others}</source>
      <translation>Ошондой эле окутат: {others}</translation>
    </message>
    <message>
      <source>Full name</source>
      <translation>Аты-жөнү</translation>
    </message>
    <message>
      <source>Subjects</source>
      <translation>Предметтер</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Категория</translation>
    </message>
    <message>
      <source>Experience</source>
      <translation>Стажы</translation>
    </message>
    <message>
      <source>Last course</source>
      <translation>Акыркы курс</translation>
    </message>
    <message>
      <source>Class</source>
      <translation>Класс</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Абалы</translation>
    </message>
    <message>
      <source>Years of pedagogical experience on {date}</source>
      <translation>{date} карата педагогикалык стажы (жыл)</translation>
    </message>
    <message>
      <source>No course in the last {years} years</source>
      <translation>Акыркы {years} жылда курстан өткөн эмес</translation>
    </message>
    <message>
      <source>Archived</source>
      <translation>Архивде</translation>
    </message>
    <message>
      <source>Due for courses</source>
      <translation>Курстан өтүү керек</translation>
    </message>
  </context>
  <context>
    <name>StaffPage</name>
    <message>
      <source>Filter the teachers (Ctrl+L)</source>
      <translation>Мугалимдерди чыпкалоо (Ctrl+L)</translation>
    </message>
    <message>
      <source>Type a part of a name, a subject or a class</source>
      <translation>Аты-жөнүнүн, предметтин же класстын бир бөлүгүн жазыңыз</translation>
    </message>
    <message>
      <source>Only the teachers of this subject</source>
      <translation>Ушул предметтин мугалимдери гана</translation>
    </message>
    <message>
      <source>Only the teachers of this category</source>
      <translation>Ушул категориядагы мугалимдер гана</translation>
    </message>
    <message>
      <source>All categories</source>
      <translation>Бардык категориялар</translation>
    </message>
    <message>
      <source>Only the teachers of this cycle of subjects</source>
      <translation>Ушул цикл предметтеринин мугалимдери гана</translation>
    </message>
    <message>
      <source>All cycles</source>
      <translation>Бардык циклдер</translation>
    </message>
    <message>
      <source>&amp;Show archived</source>
      <translation>&amp;Архивдегилерди көрсөтүү</translation>
    </message>
    <message>
      <source>&amp;Add teacher</source>
      <translation>Мугалим &amp;кошуу</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>Ө&amp;згөртүү</translation>
    </message>
    <message>
      <source>Arc&amp;hive</source>
      <translation>Ар&amp;хивге</translation>
    </message>
    <message>
      <source>&amp;Import from Excel…</source>
      <translation>Excel'ден &amp;импорттоо…</translation>
    </message>
    <message>
      <source>Staff</source>
      <translation>Кадрлар</translation>
    </message>
    <message>
      <source>All subjects</source>
      <translation>Бардык предметтер</translation>
    </message>
    <message>
      <source>&amp;Restore</source>
      <translation>Ка&amp;лыбына келтирүү</translation>
    </message>
    <message>
      <source>Bring the teacher back from the archive</source>
      <translation>Мугалимди архивден кайтаруу</translation>
    </message>
    <message>
      <source>The teacher has left: keep the name in old protocols</source>
      <translation>Мугалим иштен кетти: аты эски протоколдордо калат</translation>
    </message>
    <message>
      <source>No teachers yet: add them one by one (Ctrl+N) or import the staff list from Excel.</source>
      <translation>Азырынча мугалимдер жок: аларды бирден кошуңуз (Ctrl+N) же кадрлар тизмесин Excel'ден импорттоңуз.</translation>
    </message>
    <message>
      <source>{shown} of {count} teachers shown, {archived} archived</source>
      <translation>{count} мугалимдин {shown} көрсөтүлдү, архивде: {archived}</translation>
    </message>
    <message>
      <source>{count} teachers, {archived} archived</source>
      <translation>Мугалимдер: {count}, архивде: {archived}</translation>
    </message>
    <message>
      <source>{name} is back on the staff.</source>
      <translation>{name} кайра курамга кошулду.</translation>
    </message>
    <message>
      <source>Move {name} to the archive? The name stays in old protocols; the teacher can be restored with «Show archived».</source>
      <translation>{name} архивге чыгарылсынбы? Аты эски протоколдордо калат; «Архивдегилерди көрсөтүү» аркылуу кайра калыбына келтирсе болот.</translation>
    </message>
    <message>
      <source>{name} was moved to the archive.</source>
      <translation>{name} архивге чыгарылды.</translation>
    </message>
    <message>
      <source>Import the staff list</source>
      <translation>Кадрлар тизмесин импорттоо</translation>
    </message>
    <message>
      <source>Excel workbooks (*.xlsx *.xlsm);;All files (*)</source>
      <translation>Excel китептери (*.xlsx *.xlsm);;Бардык файлдар (*)</translation>
    </message>
  </context>
  <context>
    <name>TeacherCard</name>
    <message>
      <source>&amp;Details</source>
      <translation>&amp;Маалымат</translation>
    </message>
    <message>
      <source>&amp;Courses</source>
      <translation>&amp;Курстар</translation>
    </message>
    <message>
      <source>&amp;Attestation</source>
      <translation>&amp;Аттестация</translation>
    </message>
    <message>
      <source>&amp;Growth</source>
      <translation>Ө&amp;сүш</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Сактоо</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Жокко чыгаруу</translation>
    </message>
    <message>
      <source>Teacher: {name}</source>
      <translation>Мугалим: {name}</translation>
    </message>
    <message>
      <source>New teacher</source>
      <translation>Жаңы мугалим</translation>
    </message>
    <message>
      <source>e.g. higher, KNU, 2008</source>
      <translation>мис.: жогорку, КУУ, 2008</translation>
    </message>
    <message>
      <source>S&amp;urname</source>
      <translation>&amp;Фамилиясы</translation>
    </message>
    <message>
      <source>&amp;Name</source>
      <translation>Ат&amp;ы</translation>
    </message>
    <message>
      <source>&amp;Patronymic</source>
      <translation>Атасынын а&amp;ты</translation>
    </message>
    <message>
      <source>Kyrgyz patronymics: Асан уулу / Асан кызы</source>
      <translation>Кыргызча атасынын аты: Асан уулу / Асан кызы</translation>
    </message>
    <message>
      <source>&amp;Birth date</source>
      <translation>Ту&amp;улган күнү</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Телефон</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>Электрондук почта</translation>
    </message>
    <message>
      <source>Education</source>
      <translation>Билими</translation>
    </message>
    <message>
      <source>Speciality</source>
      <translation>Адистиги</translation>
    </message>
    <message>
      <source>Honours</source>
      <translation>Сыйлыктары, наамдары</translation>
    </message>
    <message>
      <source>Part-&amp;time</source>
      <translation>Айкалыштырып и&amp;штейт</translation>
    </message>
    <message>
      <source>The main job is in another place</source>
      <translation>Негизги жумушу башка жерде</translation>
    </message>
    <message>
      <source>&amp;Main subject</source>
      <translation>&amp;Негизги предмети</translation>
    </message>
    <message>
      <source>&amp;Other subjects</source>
      <translation>&amp;Башка предметтери</translation>
    </message>
    <message>
      <source>Categor&amp;y</source>
      <translation>Кате&amp;гориясы</translation>
    </message>
    <message>
      <source>Category since</source>
      <translation>Категория алган күнү</translation>
    </message>
    <message>
      <source>&amp;Experience since</source>
      <translation>Ста&amp;ж башталган күнү</translation>
    </message>
    <message>
      <source>Class &amp;leadership</source>
      <translation>Класс жетек&amp;чилиги</translation>
    </message>
    <message>
      <source>&amp;Hired</source>
      <translation>&amp;Ишке алынган</translation>
    </message>
    <message>
      <source>Enter or typing edits a cell, Delete clears it.</source>
      <translation>Enter же жазуу уячаны өзгөртөт, Delete аны тазалайт.</translation>
    </message>
    <message>
      <source>Course</source>
      <translation>Курс</translation>
    </message>
    <message>
      <source>Provider</source>
      <translation>Уюштуруучу</translation>
    </message>
    <message>
      <source>Hours</source>
      <translation>Саат</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Башталышы</translation>
    </message>
    <message>
      <source>End</source>
      <translation>Аякташы</translation>
    </message>
    <message>
      <source>Certificate</source>
      <translation>Күбөлүк</translation>
    </message>
    <message>
      <source>Add co&amp;urse</source>
      <translation>Курс кош&amp;уу</translation>
    </message>
    <message>
      <source>Remove course</source>
      <translation>Курсту өчүрүү</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Күнү</translation>
    </message>
    <message>
      <source>Category given</source>
      <translation>Берилген категория</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Эскертүү</translation>
    </message>
    <message>
      <source>Add attes&amp;tation</source>
      <translation>Аттестация кош&amp;уу</translation>
    </message>
    <message>
      <source>Remove attestation</source>
      <translation>Аттестацияны өчүрүү</translation>
    </message>
    <message>
      <source>Left on {date} (in the archive)</source>
      <translation>{date} иштен кеткен (архивде)</translation>
    </message>
    <message>
      <source>Experience on {date}: {years}</source>
      <translation>{date} карата стажы: {years}</translation>
    </message>
    <message>
      <source>{name} was saved.</source>
      <translation>{name} сакталды.</translation>
    </message>
    <message>
      <source>Row {n}: {message}</source>
      <translation>{n}-сап: {message}</translation>
    </message>
  </context>
  <context>
    <name>TopicEditor</name>
    <message>
      <source>School's methodical theme: «{theme}»</source>
      <translation>Мектептин усулдук темасы: «{theme}»</translation>
    </message>
    <message>
      <source>The school's methodical theme of the year is not set (Settings → Years).</source>
      <translation>Окуу жылы үчүн мектептин усулдук темасы көрсөтүлгөн эмес (Жөндөөлөр → Окуу жылдары жана чейректер).</translation>
    </message>
    <message>
      <source>Usually 1 to 3 years, at most 5</source>
      <translation>Адатта 1–3 жыл, эң көп дегенде 5 жыл</translation>
    </message>
    <message>
      <source>for</source>
      <translation>мөөнөтү:</translation>
    </message>
    <message>
      <source>year(s)</source>
      <translation>жыл</translation>
    </message>
    <message>
      <source>&amp;Teacher</source>
      <translation>&amp;Мугалим</translation>
    </message>
    <message>
      <source>T&amp;opic</source>
      <translation>&amp;Тема</translation>
    </message>
    <message>
      <source>Link to the school's t&amp;heme</source>
      <translation>Мектептин темасы менен &amp;байланышы</translation>
    </message>
    <message>
      <source>&amp;Goal</source>
      <translation>Макс&amp;аты</translation>
    </message>
    <message>
      <source>Tas&amp;ks</source>
      <translation>Мил&amp;деттери</translation>
    </message>
    <message>
      <source>&amp;First year</source>
      <translation>Биринчи &amp;жылы</translation>
    </message>
    <message>
      <source>Topic of {name}</source>
      <translation>{name}: өздүк усулдук тема</translation>
    </message>
    <message>
      <source>New self-development topic</source>
      <translation>Жаңы өздүк усулдук тема</translation>
    </message>
    <message>
      <source>Stages</source>
      <translation>Этаптар</translation>
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
      <source>Results shown as</source>
      <translation>Жыйынтыкты көрсөтүү формасы</translation>
    </message>
    <message>
      <source>Shown</source>
      <translation>Көрсөтүлгөндөр</translation>
    </message>
    <message>
      <source>What: an open lesson in 7А, a report at the meeting…</source>
      <translation>Эмне: 7А классында ачык сабак, отурумдагы баяндама…</translation>
    </message>
    <message>
      <source>&amp;Add</source>
      <translation>&amp;Кошуу</translation>
    </message>
    <message>
      <source>Remo&amp;ve</source>
      <translation>Ө&amp;чүрүү</translation>
    </message>
    <message>
      <source>Write what was shown.</source>
      <translation>Эмне көрсөтүлгөнүн жазыңыз.</translation>
    </message>
    <message>
      <source>until {year}</source>
      <translation>{year} окуу жылына чейин</translation>
    </message>
    <message>
      <source>{year} is year {n} of {total}</source>
      <translation>{year} — {total} жылдын {n}-жылы</translation>
    </message>
    <message>
      <source>The topic of {name} was saved.</source>
      <translation>{name}: тема сакталды.</translation>
    </message>
  </context>
  <context>
    <name>TopicsTab</name>
    <message>
      <source>Teacher</source>
      <translation>Мугалим</translation>
    </message>
    <message>
      <source>Topic</source>
      <translation>Тема</translation>
    </message>
    <message>
      <source>Years</source>
      <translation>Жылдар</translation>
    </message>
    <message>
      <source>Results shown as</source>
      <translation>Жыйынтыкты көрсөтүү формасы</translation>
    </message>
    <message>
      <source>Shown this year</source>
      <translation>Ушул жылы көрсөтүлдү</translation>
    </message>
    <message>
      <source>&amp;New topic</source>
      <translation>&amp;Жаңы тема</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>Ө&amp;згөртүү</translation>
    </message>
    <message>
      <source>Ca&amp;rry over</source>
      <translation>&amp;Улантуу</translation>
    </message>
    <message>
      <source>The topic goes on for one more academic year</source>
      <translation>Теманы дагы бир окуу жылына улантуу</translation>
    </message>
    <message>
      <source>Record s&amp;hown…</source>
      <translation>Кө&amp;рсөтүлгөндү жазуу…</translation>
    </message>
    <message>
      <source>What the teacher showed of the topic this year: an open lesson, a report…</source>
      <translation>Мугалим ушул жылы тема боюнча эмне көрсөткөнү: ачык сабак, баяндама…</translation>
    </message>
    <message>
      <source>De&amp;lete</source>
      <translation>Ө&amp;чүрүү</translation>
    </message>
    <message>
      <source>The list of topics by association, as a Word document</source>
      <translation>Бирикмелер боюнча темалардын тизмеси, Word документи түрүндө</translation>
    </message>
    <message>
      <source>The list of topics by association, as an Excel workbook</source>
      <translation>Бирикмелер боюнча темалардын тизмеси, Excel китеби түрүндө</translation>
    </message>
    <message>
      <source>Topics list:</source>
      <translation>Темалардын тизмеси:</translation>
    </message>
    <message>
      <source>{count} topics in {year}; something shown this year: {shown}</source>
      <translation>{year} окуу жылындагы темалар: {count}; ушул жылы жыйынтыгы көрсөтүлгөндөр: {shown}</translation>
    </message>
    <message>
      <source>one year</source>
      <translation>бир жыл</translation>
    </message>
    <message>
      <source>year {n} of {total}</source>
      <translation>{total} жылдын {n}-жылы</translation>
    </message>
    <message>
      <source>«{topic}» goes on until {year}.</source>
      <translation>«{topic}» темасы {year} окуу жылына чейин уланат.</translation>
    </message>
    <message>
      <source>{name}: «{topic}»</source>
      <translation>{name}: «{topic}»</translation>
    </message>
    <message>
      <source>Delete the topic «{topic}» of {name}? What was shown of it is deleted too.</source>
      <translation>{name}: «{topic}» темасы өчүрүлсүнбү? Ал боюнча көрсөтүлгөндөр да өчүрүлөт.</translation>
    </message>
    <message>
      <source>Delete the topic «{topic}»</source>
      <translation>«{topic}» темасын өчүрүү</translation>
    </message>
    <message>
      <source>The topic «{topic}» was deleted (Ctrl+Z brings it back).</source>
      <translation>«{topic}» темасы өчүрүлдү (Ctrl+Z аны кайтарат).</translation>
    </message>
    <message>
      <source>Self-development topics {year} ({lang})</source>
      <translation>Өздүк усулдук темалар {year} ({lang})</translation>
    </message>
    <message>
      <source>Save the list of topics</source>
      <translation>Темалардын тизмесин сактоо</translation>
    </message>
  </context>
  <context>
    <name>Undo</name>
    <message>
      <source>Delete «{event}»</source>
      <translation>«{event}» өчүрүү</translation>
    </message>
    <message>
      <source>Change «{event}»</source>
      <translation>«{event}» өзгөртүү</translation>
    </message>
    <message>
      <source>Undone</source>
      <translation>Жокко чыгарылды</translation>
    </message>
    <message>
      <source>Change {name}</source>
      <translation>{name}: өзгөртүү</translation>
    </message>
    <message>
      <source>Archive {name}</source>
      <translation>{name}: архивге</translation>
    </message>
    <message>
      <source>Restore {name}</source>
      <translation>{name}: архивден кайтаруу</translation>
    </message>
    <message>
      <source>Add «{event}»</source>
      <translation>«{event}» кошуу</translation>
    </message>
  </context>
  <context>
    <name>VisitEditor</name>
    <message>
      <source>&amp;Who visited</source>
      <translation>&amp;Ким катышты</translation>
    </message>
    <message>
      <source>W&amp;hose lesson</source>
      <translation>Кимдин саба&amp;гы</translation>
    </message>
    <message>
      <source>&amp;Date</source>
      <translation>К&amp;үнү</translation>
    </message>
    <message>
      <source>&amp;Class</source>
      <translation>К&amp;ласс</translation>
    </message>
    <message>
      <source>&amp;Purpose</source>
      <translation>&amp;Максаты</translation>
    </message>
    <message>
      <source>&amp;Notes</source>
      <translation>&amp;Эскертүү</translation>
    </message>
    <message>
      <source>Visit to a lesson</source>
      <translation>Сабакка катышуу</translation>
    </message>
    <message>
      <source>New visit to a lesson</source>
      <translation>Сабакка жаңы катышуу</translation>
    </message>
    <message>
      <source>The visit of {visitor} to {visited} on {date} was saved.</source>
      <translation>Катышуу сакталды: {visitor} → {visited}, {date}.</translation>
    </message>
  </context>
  <context>
    <name>VisitsTab</name>
    <message>
      <source>Date</source>
      <translation>Күнү</translation>
    </message>
    <message>
      <source>Visitor</source>
      <translation>Ким катышты</translation>
    </message>
    <message>
      <source>Visited</source>
      <translation>Кимдин сабагы</translation>
    </message>
    <message>
      <source>Class</source>
      <translation>Класс</translation>
    </message>
    <message>
      <source>Purpose</source>
      <translation>Максаты</translation>
    </message>
    <message>
      <source>&amp;New visit</source>
      <translation>&amp;Жаңы катышуу</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>Ө&amp;згөртүү</translation>
    </message>
    <message>
      <source>De&amp;lete</source>
      <translation>Ө&amp;чүрүү</translation>
    </message>
    <message>
      <source>Rows: who visited; columns: whose lesson. Enter adds a visit for the cell.</source>
      <translation>Саптар: ким катышты; мамычалар: кимдин сабагы. Enter ушул уяча үчүн катышуу кошот.</translation>
    </message>
    <message>
      <source>Who visited &amp;whom</source>
      <translation>Ким кимдин &amp;сабагына катышты</translation>
    </message>
    <message>
      <source>Enter adds a visit for this teacher</source>
      <translation>Enter ушул мугалим үчүн катышуу кошот</translation>
    </message>
    <message>
      <source>Nobod&amp;y visited their lessons: {count}</source>
      <translation>Сабагына &amp;эч ким катышпагандар: {count}</translation>
    </message>
    <message>
      <source>Visited no &amp;one: {count}</source>
      <translation>Эч кимдин сабагына &amp;барбагандар: {count}</translation>
    </message>
    <message>
      <source>{count} visits in {year}</source>
      <translation>{year} окуу жылында катышуулар: {count}</translation>
    </message>
    <message>
      <source>Delete the visit of {visitor} to the lesson of {visited} on {date}?</source>
      <translation>{date} күнкү катышуу өчүрүлсүнбү: {visitor} → {visited}?</translation>
    </message>
    <message>
      <source>Delete the visit of {visitor} to {visited}</source>
      <translation>Катышууну өчүрүү: {visitor} → {visited}</translation>
    </message>
    <message>
      <source>The visit was deleted (Ctrl+Z brings it back).</source>
      <translation>Катышуу өчүрүлдү (Ctrl+Z аны кайтарат).</translation>
    </message>
  </context>
  <context>
    <name>WorkflowPanel</name>
    <message>
      <source>Review and approval</source>
      <translation>Кароо жана бекитүү</translation>
    </message>
    <message>
      <source>Re&amp;viewed at a meeting…</source>
      <translation>Отурумда &amp;каралды…</translation>
    </message>
    <message>
      <source>The council (an association: its own meeting) reviewed the plan</source>
      <translation>Планды усулдук кеңеш (бирикменин планын — бирикменин өз отуруму) карады</translation>
    </message>
    <message>
      <source>A&amp;greed with the deputy…</source>
      <translation>Орун басар менен &amp;макулдашылды…</translation>
    </message>
    <message>
      <source>An association's plan is agreed with the deputy director</source>
      <translation>Бирикменин планы директордун орун басары менен макулдашылат</translation>
    </message>
    <message>
      <source>&amp;Approve…</source>
      <translation>&amp;Бекитүү…</translation>
    </message>
    <message>
      <source>The director approved the plan: the date and the order number</source>
      <translation>Директор планды бекитти: күнү жана буйруктун номери</translation>
    </message>
    <message>
      <source>The language of the document</source>
      <translation>Документтин тили</translation>
    </message>
    <message>
      <source>Plan .doc&amp;x…</source>
      <translation>План .doc&amp;x…</translation>
    </message>
    <message>
      <source>The plan as a Word document, with the approval header</source>
      <translation>План Word документи катары, бекитүү белгилери менен</translation>
    </message>
    <message>
      <source>Plan .xl&amp;sx…</source>
      <translation>План .xl&amp;sx…</translation>
    </message>
    <message>
      <source>The plan as an Excel workbook</source>
      <translation>План Excel китеби катары</translation>
    </message>
    <message>
      <source>A&amp;mendments after approval</source>
      <translation>Бекитилгенден кийинки ө&amp;згөртүүлөр</translation>
    </message>
    <message>
      <source>Lang&amp;uage</source>
      <translation>&amp;Тили</translation>
    </message>
    <message>
      <source>Choose one plan (above) to review, approve or print it.</source>
      <translation>Карап чыгуу, бекитүү же басып чыгаруу үчүн (жогортон) бир планды тандаңыз.</translation>
    </message>
    <message>
      <source>Draft: not reviewed yet.</source>
      <translation>Долбоор: азырынча каралган жок.</translation>
    </message>
    <message>
      <source>Reviewed at the meeting of the methodical council № {number} of {day}.</source>
      <translation>Усулдук кеңештин {day} № {number} отурумунда каралды.</translation>
    </message>
    <message>
      <source>Reviewed at the association's meeting № {number} of {day}.</source>
      <translation>Бирикменин {day} № {number} отурумунда каралды.</translation>
    </message>
    <message>
      <source>Agreed with the deputy on {day}.</source>
      <translation>{day} орун басар менен макулдашылды.</translation>
    </message>
    <message>
      <source>Approved by the director on {day}, order № {order}.</source>
      <translation>{day} директор тарабынан бекитилди, № {order} буйрук.</translation>
    </message>
    <message>
      <source>Approved by the director on {day}.</source>
      <translation>{day} директор тарабынан бекитилди.</translation>
    </message>
    <message>
      <source>Every change of an item now asks for its reason and is listed on the right.</source>
      <translation>Эми пункттун ар бир өзгөрүүсү себебин сурайт жана оң жактагы тизмеге жазылат.</translation>
    </message>
    <message>
      <source>№ {number} of {day}</source>
      <translation>№ {number}, {day}</translation>
    </message>
    <message>
      <source>The plan is marked as reviewed.</source>
      <translation>План каралган деп белгиленди.</translation>
    </message>
    <message>
      <source>The plan is approved.</source>
      <translation>План бекитилди.</translation>
    </message>
    <message>
      <source>Unified plan {year}</source>
      <translation>Бирдиктүү план {year}</translation>
    </message>
    <message>
      <source>Work plan {name} {year}</source>
      <translation>Иш планы {name} {year}</translation>
    </message>
    <message>
      <source>Word documents (*.docx)</source>
      <translation>Word документтери (*.docx)</translation>
    </message>
    <message>
      <source>Excel workbooks (*.xlsx)</source>
      <translation>Excel китептери (*.xlsx)</translation>
    </message>
    <message>
      <source>Save the plan</source>
      <translation>Планды сактоо</translation>
    </message>
    <message>
      <source>Saved: {path}</source>
      <translation>Сакталды: {path}</translation>
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
      <source>The dates of the terms are set every year by the ministry's order: enter them as the order says. A date in the holidays belongs to no term.</source>
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