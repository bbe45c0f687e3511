<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
  <context>
    <name>AgendaEditor</name>
    <message>
      <source>The items in the order they are discussed</source>
      <translation>Вопросы в порядке их рассмотрения</translation>
    </message>
    <message>
      <source>&amp;Add an item</source>
      <translation>&amp;Добавить вопрос</translation>
    </message>
    <message>
      <source>&amp;Remove the item</source>
      <translation>&amp;Удалить вопрос</translation>
    </message>
    <message>
      <source>Move &amp;up</source>
      <translation>Вв&amp;ерх</translation>
    </message>
    <message>
      <source>Move do&amp;wn</source>
      <translation>Вни&amp;з</translation>
    </message>
    <message>
      <source>No items yet: add the first one.</source>
      <translation>Вопросов пока нет: добавьте первый.</translation>
    </message>
    <message>
      <source>&amp;Items</source>
      <translation>&amp;Вопросы</translation>
    </message>
    <message>
      <source>The agenda is empty: add its items on the Agenda tab first.</source>
      <translation>Повестка дня пуста: сначала добавьте вопросы на вкладке «Повестка дня».</translation>
    </message>
    <message>
      <source>Written after the meeting: what was heard, who spoke, and what was decided. A decision with someone responsible or a due date is checked at the next meeting.</source>
      <translation>Заполняется после заседания: что слушали, кто выступил и что постановили. Решение с ответственным или сроком проверяется на следующем заседании.</translation>
    </message>
    <message>
      <source>(no topic yet)</source>
      <translation>(тема ещё не указана)</translation>
    </message>
  </context>
  <context>
    <name>AgendaPanel</name>
    <message>
      <source>What the item is about</source>
      <translation>Суть вопроса</translation>
    </message>
    <message>
      <source>Space ticks a member who reports on the item</source>
      <translation>Пробел отмечает члена, который докладывает по вопросу</translation>
    </message>
    <message>
      <source>Names of guests who report, separated by commas</source>
      <translation>ФИО приглашённых докладчиков через запятую</translation>
    </message>
    <message>
      <source>&amp;Topic</source>
      <translation>&amp;Тема</translation>
    </message>
    <message>
      <source>&amp;Speakers</source>
      <translation>Док&amp;ладчики</translation>
    </message>
    <message>
      <source>&amp;Guest speakers</source>
      <translation>&amp;Приглашённые докладчики</translation>
    </message>
  </context>
  <context>
    <name>AmendmentsModel</name>
    <message>
      <source>When</source>
      <translation>Когда</translation>
    </message>
    <message>
      <source>What changed</source>
      <translation>Что изменено</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>Причина</translation>
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <source>The database {path} could not be opened: {error}</source>
      <translation>Не удалось открыть базу данных {path}: {error}</translation>
    </message>
    <message>
      <source>The database {path} is damaged and was not changed. Restore the newest good backup ({backup})? The damaged file is kept beside the backups.</source>
      <translation>База данных {path} повреждена и не была изменена. Восстановить последнюю исправную резервную копию ({backup})? Повреждённый файл сохранится рядом с резервными копиями.</translation>
    </message>
  </context>
  <context>
    <name>ApproveDialog</name>
    <message>
      <source>Approve the plan</source>
      <translation>Утверждение плана</translation>
    </message>
    <message>
      <source>Agreed with the deputy</source>
      <translation>Согласовано с заместителем</translation>
    </message>
    <message>
      <source>&amp;Date</source>
      <translation>&amp;Дата</translation>
    </message>
    <message>
      <source>&amp;Order №</source>
      <translation>&amp;Приказ №</translation>
    </message>
    <message>
      <source>The director approved the plan:</source>
      <translation>Директор утвердил план:</translation>
    </message>
    <message>
      <source>The date of the agreement:</source>
      <translation>Дата согласования:</translation>
    </message>
  </context>
  <context>
    <name>AssociationEditor</name>
    <message>
      <source>Space ticks a subject; its teachers are ticked among the members</source>
      <translation>Пробел отмечает предмет; его учителя отмечаются в составе</translation>
    </message>
    <message>
      <source>Find a teacher</source>
      <translation>Найти учителя</translation>
    </message>
    <message>
      <source>Space ticks a teacher</source>
      <translation>Пробел отмечает учителя</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>Со&amp;хранить</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <source>Association: {name}</source>
      <translation>Объединение: {name}</translation>
    </message>
    <message>
      <source>New association</source>
      <translation>Новое объединение</translation>
    </message>
    <message>
      <source>Ki&amp;nd</source>
      <translation>&amp;Вид</translation>
    </message>
    <message>
      <source>Name (&amp;Kyrgyz)</source>
      <translation>Название (на &amp;кыргызском)</translation>
    </message>
    <message>
      <source>Name (&amp;Russian)</source>
      <translation>Название (на &amp;русском)</translation>
    </message>
    <message>
      <source>&amp;Head</source>
      <translation>Руково&amp;дитель</translation>
    </message>
    <message>
      <source>Se&amp;cretary</source>
      <translation>&amp;Секретарь</translation>
    </message>
    <message>
      <source>Su&amp;bjects</source>
      <translation>&amp;Предметы</translation>
    </message>
    <message>
      <source>&amp;Members</source>
      <translation>Сос&amp;тав</translation>
    </message>
    <message>
      <source>{teacher} — also in: {associations}</source>
      <translation>{teacher} — также состоит в: {associations}</translation>
    </message>
    <message>
      <source>Members ticked: {count}</source>
      <translation>Отмечено членов: {count}</translation>
    </message>
    <message>
      <source>— not appointed —</source>
      <translation>— не назначен —</translation>
    </message>
    <message>
      <source>No head is appointed yet: the director appoints one for the year.</source>
      <translation>Руководитель ещё не назначен: его назначает директор на учебный год.</translation>
    </message>
    <message>
      <source>The head {name} has no qualification category.</source>
      <translation>У руководителя {name} нет квалификационной категории.</translation>
    </message>
    <message>
      <source>The head {name} has {years} year(s) of teaching experience; at least {needed} are recommended.</source>
      <translation>Педагогический стаж руководителя {name}: {years} л.; рекомендуется не менее {needed} л.</translation>
    </message>
  </context>
  <context>
    <name>AssociationKind</name>
    <message>
      <source>Subject association</source>
      <translation>Предметное объединение</translation>
    </message>
    <message>
      <source>Cycle commission</source>
      <translation>Цикловая комиссия</translation>
    </message>
    <message>
      <source>Primary classes</source>
      <translation>Начальные классы</translation>
    </message>
    <message>
      <source>Class leaders</source>
      <translation>Классные руководители</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Другое</translation>
    </message>
  </context>
  <context>
    <name>Associations</name>
    <message>
      <source>{name} — experience unknown, {category}</source>
      <translation>{name} — стаж неизвестен, {category}</translation>
    </message>
    <message>
      <source>{name} — {years} y., {category}</source>
      <translation>{name} — {years} л., {category}</translation>
    </message>
  </context>
  <context>
    <name>AssociationsModel</name>
    <message>
      <source>Name</source>
      <translation>Название</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Вид</translation>
    </message>
    <message>
      <source>Head</source>
      <translation>Руководитель</translation>
    </message>
    <message>
      <source>Members</source>
      <translation>Членов</translation>
    </message>
    <message>
      <source>Order</source>
      <translation>Приказ</translation>
    </message>
    <message>
      <source>Attention</source>
      <translation>Внимание</translation>
    </message>
    <message>
      <source>№ {number} of {date}</source>
      <translation>№ {number} от {date}</translation>
    </message>
    <message>
      <source>— not appointed —</source>
      <translation>— не назначен —</translation>
    </message>
    <message>
      <source>below three members</source>
      <translation>меньше трёх членов</translation>
    </message>
    <message>
      <source>appoint the head again</source>
      <translation>назначьте руководителя заново</translation>
    </message>
  </context>
  <context>
    <name>AssociationsPage</name>
    <message>
      <source>&amp;New association</source>
      <translation>&amp;Новое объединение</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>&amp;Изменить</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>&amp;Удалить</translation>
    </message>
    <message>
      <source>Carry over to the ne&amp;xt year</source>
      <translation>Перенести на &amp;следующий год</translation>
    </message>
    <message>
      <source>Copy the associations and the council into the next academic year; the heads are then appointed again</source>
      <translation>Скопировать объединения и методический совет в следующий учебный год; затем руководители назначаются заново</translation>
    </message>
    <message>
      <source>&amp;Associations and commissions</source>
      <translation>&amp;Объединения и комиссии</translation>
    </message>
    <message>
      <source>Methodical co&amp;uncil</source>
      <translation>&amp;Методический совет</translation>
    </message>
    <message>
      <source>Associations</source>
      <translation>Объединения</translation>
    </message>
    <message>
      <source>The director's order on the associations</source>
      <translation>Приказ директора об объединениях</translation>
    </message>
    <message>
      <source>Se&amp;t</source>
      <translation>&amp;Записать</translation>
    </message>
    <message>
      <source>Record the number and date of the order for every association</source>
      <translation>Записать номер и дату приказа для всех объединений</translation>
    </message>
    <message>
      <source>The language of the document</source>
      <translation>Язык документа</translation>
    </message>
    <message>
      <source>&amp;Make the order (.docx)…</source>
      <translation>Сформировать &amp;приказ (.docx)…</translation>
    </message>
    <message>
      <source>&amp;Order №</source>
      <translation>П&amp;риказ №</translation>
    </message>
    <message>
      <source>of</source>
      <translation>от</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;Язык</translation>
    </message>
    <message>
      <source>Suggestions by the rule of three</source>
      <translation>Предложения по правилу трёх учителей</translation>
    </message>
    <message>
      <source>No academic year yet: add one in Settings.</source>
      <translation>Учебного года пока нет: добавьте его в Настройках.</translation>
    </message>
    <message>
      <source>Associations of the academic year {year}</source>
      <translation>Объединения {year} учебного года</translation>
    </message>
    <message>
      <source>«{name}» has {count} active member(s): an association needs at least {needed}.</source>
      <translation>В «{name}» действующих членов: {count}; в объединении должно быть не меньше {needed}.</translation>
    </message>
    <message>
      <source>{count} association(s) were carried over from last year: appoint their heads for this year.</source>
      <translation>Перенесено объединений из прошлого учебного года: {count}. Назначьте их руководителей на этот год.</translation>
    </message>
    <message>
      <source>{count} teacher(s) are in no association this year.</source>
      <translation>Учителей, не входящих ни в одно объединение в этом учебном году: {count}.</translation>
    </message>
    <message>
      <source>{subjects} — {count} teachers</source>
      <translation>{subjects} — учителей: {count}</translation>
    </message>
    <message>
      <source>Create…</source>
      <translation>Создать…</translation>
    </message>
    <message>
      <source>Open the editor with these teachers ticked</source>
      <translation>Открыть редактор с отмеченными учителями</translation>
    </message>
    <message>
      <source>Every subject with three or more teachers already has its association.</source>
      <translation>У каждого предмета с тремя и более учителями уже есть своё объединение.</translation>
    </message>
    <message>
      <source>In no association this year: add them to one, or they join the district association of their subject: {names}</source>
      <translation>Не входят ни в одно объединение в этом учебном году: включите их в одно из объединений, иначе они войдут в районное методическое объединение по своему предмету: {names}</translation>
    </message>
    <message>
      <source>Delete «{name}»? Its members stay on the staff; the association disappears from this year.</source>
      <translation>Удалить «{name}»? Его члены останутся в списке сотрудников; объединение исчезнет из этого учебного года.</translation>
    </message>
    <message>
      <source>«{name}» was deleted.</source>
      <translation>«{name}»: удалено.</translation>
    </message>
    <message>
      <source>There is no academic year after {year} yet: add it in Settings (Years), then carry the associations over.</source>
      <translation>Учебного года после {year} пока нет: добавьте его в Настройках (Учебные годы и четверти), затем перенесите объединения.</translation>
    </message>
    <message>
      <source>Copy the associations and the council of {year} into {next}? The members are kept; the heads must be appointed again for the new year.</source>
      <translation>Скопировать объединения и методический совет {year} учебного года в {next} учебный год? Составы сохранятся; руководителей нужно будет назначить на новый год заново.</translation>
    </message>
    <message>
      <source>The associations were carried over into {next}: choose that year at the top to appoint the heads.</source>
      <translation>Объединения перенесены в {next} учебный год: выберите этот год вверху окна, чтобы назначить руководителей.</translation>
    </message>
    <message>
      <source>The order № {number} was recorded for every association.</source>
      <translation>Приказ № {number} записан для всех объединений.</translation>
    </message>
    <message>
      <source>The order was cleared.</source>
      <translation>Номер и дата приказа удалены.</translation>
    </message>
    <message>
      <source>Documents cannot be made in this window.</source>
      <translation>В этом окне нельзя составлять документы.</translation>
    </message>
    <message>
      <source>Order on the associations {year}.docx</source>
      <translation>Приказ об объединениях {year}.docx</translation>
    </message>
    <message>
      <source>Save the order</source>
      <translation>Сохранить приказ</translation>
    </message>
    <message>
      <source>Word documents (*.docx)</source>
      <translation>Документы Word (*.docx)</translation>
    </message>
    <message>
      <source>The order was saved to {path}.</source>
      <translation>Приказ сохранён в {path}.</translation>
    </message>
  </context>
  <context>
    <name>AttendanceEditor</name>
    <message>
      <source>A&amp;ll present</source>
      <translation>&amp;Все присутствуют</translation>
    </message>
    <message>
      <source>Members</source>
      <translation>Члены</translation>
    </message>
    <message>
      <source>One guest a line: name and position</source>
      <translation>По одному в строке: ФИО и должность</translation>
    </message>
    <message>
      <source>&amp;Guests</source>
      <translation>&amp;Приглашённые</translation>
    </message>
    <message>
      <source>Present</source>
      <translation>Присутствует</translation>
    </message>
    <message>
      <source>Reason of absence</source>
      <translation>Причина отсутствия</translation>
    </message>
    <message>
      <source>ill, on a course, on a trip…</source>
      <translation>болезнь, курсы, командировка…</translation>
    </message>
  </context>
  <context>
    <name>BackupsTab</name>
    <message>
      <source>Made</source>
      <translation>Создана</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Размер</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Вид</translation>
    </message>
    <message>
      <source>&amp;Make a backup now</source>
      <translation>Сделать &amp;копию сейчас</translation>
    </message>
    <message>
      <source>&amp;Restore the chosen backup…</source>
      <translation>&amp;Восстановить выбранную копию…</translation>
    </message>
    <message>
      <source>A backup is made before every change of the database's structure and once a day of use. Restoring first copies the current file, so nothing is lost.</source>
      <translation>Резервная копия делается перед каждым изменением структуры базы данных и раз в день работы. Перед восстановлением текущий файл копируется, поэтому ничего не теряется.</translation>
    </message>
    <message>
      <source>Daily backups to keep</source>
      <translation>Хранить ежедневных копий</translation>
    </message>
    <message>
      <source>Folder</source>
      <translation>Папка</translation>
    </message>
    <message>
      <source>daily</source>
      <translation>ежедневная</translation>
    </message>
    <message>
      <source>made by hand</source>
      <translation>сделана вручную</translation>
    </message>
    <message>
      <source>before an update</source>
      <translation>перед обновлением</translation>
    </message>
    <message>
      <source>before a restore</source>
      <translation>перед восстановлением</translation>
    </message>
    <message>
      <source>Backup made: {path}</source>
      <translation>Резервная копия создана: {path}</translation>
    </message>
    <message>
      <source>Choose a backup in the list first.</source>
      <translation>Сначала выберите копию в списке.</translation>
    </message>
    <message>
      <source>Put the backup of {made} in place of the current database? The current file is copied first.</source>
      <translation>Поставить копию от {made} на место текущей базы данных? Текущий файл сначала будет скопирован.</translation>
    </message>
    <message>
      <source>Restored; the previous file was kept as {path}</source>
      <translation>Восстановлено; прежний файл сохранён как {path}</translation>
    </message>
  </context>
  <context>
    <name>CataloguesTab</name>
    <message>
      <source>In Kyrgyz</source>
      <translation>По-кыргызски</translation>
    </message>
    <message>
      <source>In Russian</source>
      <translation>По-русски</translation>
    </message>
    <message>
      <source>Cycle</source>
      <translation>Цикл</translation>
    </message>
    <message>
      <source>Hidden</source>
      <translation>Скрыт</translation>
    </message>
    <message>
      <source>&amp;Add as new</source>
      <translation>&amp;Добавить как новый</translation>
    </message>
    <message>
      <source>Sa&amp;ve changes</source>
      <translation>Со&amp;хранить изменения</translation>
    </message>
    <message>
      <source>&amp;Hide / show</source>
      <translation>С&amp;крыть / показать</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>&amp;Удалить</translation>
    </message>
    <message>
      <source>Name in Kyrgyz</source>
      <translation>Название по-кыргызски</translation>
    </message>
    <message>
      <source>Name in Russian</source>
      <translation>Название по-русски</translation>
    </message>
    <message>
      <source>Subjects (a subject someone teaches can be hidden, not deleted)</source>
      <translation>Предметы (предмет, который кто-то ведёт, можно скрыть, но не удалить)</translation>
    </message>
    <message>
      <source>One form a line: Kyrgyz | Russian</source>
      <translation>По форме в строке: по-кыргызски | по-русски</translation>
    </message>
    <message>
      <source>&amp;Save the lists and numbers</source>
      <translation>&amp;Сохранить списки и числа</translation>
    </message>
    <message>
      <source>Lists and numbers</source>
      <translation>Списки и числа</translation>
    </message>
    <message>
      <source>Course providers (one a line)</source>
      <translation>Организации курсов (по одной в строке)</translation>
    </message>
    <message>
      <source>Forms of methodical work</source>
      <translation>Формы методической работы</translation>
    </message>
    <message>
      <source>A teacher is due for courses after (years)</source>
      <translation>Срок, после которого пора на курсы (лет)</translation>
    </message>
    <message>
      <source>Warn when a head has less experience than (years)</source>
      <translation>Предупреждать, если стаж руководителя меньше (лет)</translation>
    </message>
    <message>
      <source>hidden</source>
      <translation>скрыт</translation>
    </message>
    <message>
      <source>Delete the subject «{name}»?</source>
      <translation>Удалить предмет «{name}»?</translation>
    </message>
    <message>
      <source>The lists and numbers were saved.</source>
      <translation>Списки и числа сохранены.</translation>
    </message>
  </context>
  <context>
    <name>Category</name>
    <message>
      <source>Highest</source>
      <translation>Высшая</translation>
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
      <translation>Без категории</translation>
    </message>
    <message>
      <source>highest</source>
      <translation>высшая</translation>
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
      <translation>без категории</translation>
    </message>
  </context>
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
      <source>Restored {db} from {backup}; the previous file was kept as {safety}.</source>
      <translation>{db} восстановлена из {backup}; прежний файл сохранён как {safety}.</translation>
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
    <message>
      <source>Document written: {path}</source>
      <translation>Документ записан: {path}</translation>
    </message>
  </context>
  <context>
    <name>CouncilEditor</name>
    <message>
      <source>The deputy director for methodical work chairs the council</source>
      <translation>Председатель совета — заместитель директора по методической работе</translation>
    </message>
    <message>
      <source>Space ticks a teacher</source>
      <translation>Пробел отмечает учителя</translation>
    </message>
    <message>
      <source>Tick all hea&amp;ds</source>
      <translation>Отметить всех &amp;руководителей</translation>
    </message>
    <message>
      <source>The heads of the associations are members of the council</source>
      <translation>Руководители объединений входят в состав совета</translation>
    </message>
    <message>
      <source>Save the &amp;council</source>
      <translation>Сохранить со&amp;вет</translation>
    </message>
    <message>
      <source>The methodical council reviews the unified plan and the associations' plans; it is chaired by the deputy director, its members are the heads of the associations and experienced teachers.</source>
      <translation>Методический совет рассматривает единый план и планы объединений; председатель совета — заместитель директора, члены совета — руководители объединений и опытные учителя.</translation>
    </message>
    <message>
      <source>C&amp;hair</source>
      <translation>&amp;Председатель</translation>
    </message>
    <message>
      <source>Sec&amp;retary</source>
      <translation>&amp;Секретарь</translation>
    </message>
    <message>
      <source>&amp;Members</source>
      <translation>&amp;Члены совета</translation>
    </message>
    <message>
      <source>— not appointed —</source>
      <translation>— не назначен —</translation>
    </message>
    <message>
      <source>{teacher} — head of {association}</source>
      <translation>{teacher} — руководитель: {association}</translation>
    </message>
    <message>
      <source>Members ticked: {count}</source>
      <translation>Отмечено членов: {count}</translation>
    </message>
    <message>
      <source>The methodical council was saved.</source>
      <translation>Методический совет сохранён.</translation>
    </message>
  </context>
  <context>
    <name>CoverageModel</name>
    <message>
      <source>Association or council</source>
      <translation>Объединение или совет</translation>
    </message>
    <message>
      <source>Term {term} — now</source>
      <translation>{term} четверть — сейчас</translation>
    </message>
    <message>
      <source>Term {term}</source>
      <translation>{term} четверть</translation>
    </message>
    <message>
      <source>No meeting in term {term}: Enter or a double click plans one.</source>
      <translation>В {term} четверти заседаний нет: Enter или двойной щелчок — запланировать.</translation>
    </message>
    <message>
      <source>Enter or a double click shows the meetings of term {term}.</source>
      <translation>Enter или двойной щелчок — показать заседания {term} четверти.</translation>
    </message>
  </context>
  <context>
    <name>CoverageView</name>
    <message>
      <source>Each association meets at least once a term. Green: a meeting was held; amber: planned only; red: none yet. Enter or a double click on a red cell plans a meeting for that term.</source>
      <translation>Каждое объединение проводит заседание не реже раза в четверть. Зелёный: заседание проведено; жёлтый: только запланировано; красный: заседаний пока нет. Enter или двойной щелчок по красной ячейке — запланировать заседание на эту четверть.</translation>
    </message>
    <message>
      <source>Today is outside the terms.</source>
      <translation>Сегодняшний день не входит ни в одну четверть.</translation>
    </message>
    <message>
      <source>Term {term}: {count} of {total} have not held a meeting yet.</source>
      <translation>{term} четверть: ещё не провели заседание {count} из {total}.</translation>
    </message>
    <message>
      <source>Term {term}: every association and council has met.</source>
      <translation>{term} четверть: все объединения и советы провели заседания.</translation>
    </message>
  </context>
  <context>
    <name>DeadlineEdit</name>
    <message>
      <source>On a date</source>
      <translation>К дате</translation>
    </message>
    <message>
      <source>In a month</source>
      <translation>В течение месяца</translation>
    </message>
    <message>
      <source>In a term</source>
      <translation>В течение четверти</translation>
    </message>
    <message>
      <source>During the year</source>
      <translation>В течение года</translation>
    </message>
    <message>
      <source>until {day}</source>
      <translation>до {day}</translation>
    </message>
  </context>
  <context>
    <name>DecisionsEditor</name>
    <message>
      <source>Add a decisio&amp;n</source>
      <translation>Добавить &amp;решение</translation>
    </message>
    <message>
      <source>Remove the decision</source>
      <translation>Удалить решение</translation>
    </message>
    <message>
      <source>What was decided</source>
      <translation>Что постановили</translation>
    </message>
    <message>
      <source>Space ticks a teacher responsible for the decision</source>
      <translation>Пробел отмечает учителя, ответственного за решение</translation>
    </message>
    <message>
      <source>D&amp;ue by</source>
      <translation>Сро&amp;к</translation>
    </message>
    <message>
      <source>Res&amp;ponsible</source>
      <translation>&amp;Ответственные</translation>
    </message>
    <message>
      <source>(no text yet)</source>
      <translation>(текст ещё не введён)</translation>
    </message>
    <message>
      <source>due {date}</source>
      <translation>срок {date}</translation>
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
    <name>DirectionDialog</name>
    <message>
      <source>New direction</source>
      <translation>Новое направление</translation>
    </message>
    <message>
      <source>The name of the direction of work:</source>
      <translation>Название направления работы:</translation>
    </message>
    <message>
      <source>In &amp;Kyrgyz</source>
      <translation>На &amp;кыргызском</translation>
    </message>
    <message>
      <source>In &amp;Russian</source>
      <translation>На &amp;русском</translation>
    </message>
    <message>
      <source>Write the name in Kyrgyz.</source>
      <translation>Напишите название на кыргызском.</translation>
    </message>
  </context>
  <context>
    <name>DueTab</name>
    <message>
      <source>Enter or a double-click opens the place where it is put right: the teacher's card, the topic, or the associations.</source>
      <translation>Enter или двойной щелчок открывает место, где это исправляется: карточку учителя, тему или объединения.</translation>
    </message>
    <message>
      <source>No academic year is chosen.</source>
      <translation>Учебный год не выбран.</translation>
    </message>
    <message>
      <source>Nothing is coming due in {year}.</source>
      <translation>В {year} учебном году ничего не требует внимания.</translation>
    </message>
    <message>
      <source>Coming due in {year}: {count}</source>
      <translation>Требует внимания в {year} учебном году: {count}</translation>
    </message>
    <message>
      <source>{name}: no course recorded</source>
      <translation>{name}: нет записей о курсах</translation>
    </message>
    <message>
      <source>{name}: no course for {years} years or more (the last ended on {date})</source>
      <translation>{name}: нет курсов {years} лет и более (последние закончились {date})</translation>
    </message>
    <message>
      <source>{association}: the head is to be appointed for the new year</source>
      <translation>{association}: нужно назначить руководителя на новый учебный год</translation>
    </message>
    <message>
      <source>{name}, head of {association}: to be reappointed for the new year</source>
      <translation>{name}, руководитель ({association}): назначить заново на новый учебный год</translation>
    </message>
    <message>
      <source>{name}, head of {association}: the appointment ends with the year on {date}</source>
      <translation>{name}, руководитель ({association}): срок назначения истекает с концом года, {date}</translation>
    </message>
    <message>
      <source>{association}: {count} members, fewer than three</source>
      <translation>{association}: {count} чел., меньше трёх</translation>
    </message>
    <message>
      <source>{name}: the topic «{topic}» is in its last year and nothing has been shown yet</source>
      <translation>{name}: по теме «{topic}» идёт последний год, а результаты ещё не представлены</translation>
    </message>
    <message>
      <source>Opens the teacher's card (Courses)</source>
      <translation>Открывает карточку учителя (Курсы)</translation>
    </message>
    <message>
      <source>Opens the topic</source>
      <translation>Открывает тему</translation>
    </message>
    <message>
      <source>Opens the associations</source>
      <translation>Открывает объединения</translation>
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
      <source>Enter the school's name (in Kyrgyz or in Russian).</source>
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
      <source>No header row with the teachers' names was found (e.g. «ФИО» or «Аты-жөнү»).</source>
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
      <source>{field}: the same teacher as in row {other}.</source>
      <translation>{field}: тот же учитель, что и в строке {other}.</translation>
    </message>
    <message>
      <source>{value} is not a number of years between 1 and 20.</source>
      <translation>{value} — это не число лет от 1 до 20.</translation>
    </message>
    <message>
      <source>A subject association needs at least {needed} teachers of the subject; the school has {count} for «{subject}». Form a cycle commission with the cognate subjects ({cognate}: {cycle_count} teachers together), or let these teachers join the district association.</source>
      <translation>Для предметного методического объединения нужно не меньше {needed} учителей предмета; по предмету «{subject_ru}» в школе их {count}. Создайте цикловую комиссию с родственными предметами ({cognate_ru}: вместе {cycle_count} учителей) или включите этих учителей в районное методическое объединение.</translation>
    </message>
    <message>
      <source>A cycle commission needs at least {needed} teachers; {subjects} have {count} together. Add a cognate subject, or let these teachers join the district association.</source>
      <translation>Для цикловой комиссии нужно не меньше {needed} учителей; по предметам {subjects_ru} их вместе {count}. Добавьте родственный предмет или включите этих учителей в районное методическое объединение.</translation>
    </message>
    <message>
      <source>An association needs at least {needed} members; it has {count}.</source>
      <translation>В методическом объединении должно быть не меньше {needed} членов; сейчас их {count}.</translation>
    </message>
    <message>
      <source>{name} already heads «{other}» this year: a teacher heads one association a year.</source>
      <translation>{name} уже руководит объединением «{other_ru}» в этом учебном году: учитель руководит только одним объединением в год.</translation>
    </message>
    <message>
      <source>{name} is not a member of the association: add the teacher to the members first.</source>
      <translation>{name} не входит в состав объединения: сначала добавьте учителя в состав.</translation>
    </message>
    <message>
      <source>{name} has left the school and cannot join an association.</source>
      <translation>{name} выбыл(а) из школы и не может войти в объединение.</translation>
    </message>
    <message>
      <source>Choose the subject(s) of the association.</source>
      <translation>Выберите предмет (предметы) объединения.</translation>
    </message>
    <message>
      <source>A subject association covers one subject (chosen: {count}); for several cognate subjects form a cycle commission.</source>
      <translation>Предметное объединение охватывает один предмет (выбрано: {count}); для нескольких родственных предметов создайте цикловую комиссию.</translation>
    </message>
    <message>
      <source>The year {year} already has its associations; nothing was copied.</source>
      <translation>В {year} учебном году объединения уже есть; ничего не скопировано.</translation>
    </message>
    <message>
      <source>The year {year} has no associations to carry over.</source>
      <translation>В {year} учебном году нет объединений для переноса.</translation>
    </message>
    <message>
      <source>The year {year} has no associations yet.</source>
      <translation>В {year} учебном году пока нет объединений.</translation>
    </message>
    <message>
      <source>No academic year is chosen.</source>
      <translation>Учебный год не выбран.</translation>
    </message>
    <message>
      <source>The file {path} is open in another program (Word?). Close it, or save under another name.</source>
      <translation>Файл {path} открыт в другой программе (Word?). Закройте его или сохраните под другим именем.</translation>
    </message>
    <message>
      <source>The template {path} cannot be used: {reason}. Fix or remove it; the built-in template works meanwhile.</source>
      <translation>Шаблон {path} нельзя использовать: {reason}. Исправьте или удалите его; пока работает встроенный шаблон.</translation>
    </message>
    <message>
      <source>The protocol № {number} is final: this change would make it № {new_number}. Unmark it as final first, or keep the dates in their order.</source>
      <translation>Протокол № {number} окончательный: это изменение сделало бы его № {new_number}. Сначала снимите отметку «окончательный» или сохраните порядок дат.</translation>
    </message>
    <message>
      <source>The date {day} is outside the academic year {year} (1 August – 31 July).</source>
      <translation>Дата {day} вне учебного года {year} (с 1 августа по 31 июля).</translation>
    </message>
    <message>
      <source>A meeting on {day} cannot be marked as held before that day.</source>
      <translation>Заседание {day} нельзя отметить проведённым раньше этого дня.</translation>
    </message>
    <message>
      <source>Only the protocol of a held meeting can be made final.</source>
      <translation>Окончательным можно отметить только протокол проведённого заседания.</translation>
    </message>
    <message>
      <source>The protocol № {number} is final and cannot be deleted; unmark it as final first.</source>
      <translation>Протокол № {number} окончательный и не может быть удалён; сначала снимите отметку.</translation>
    </message>
    <message>
      <source>No association or council is called «{name}» this year (matches: {count}).</source>
      <translation>В этом учебном году нет объединения или совета с названием «{name}» (совпадений: {count}).</translation>
    </message>
    <message>
      <source>There is no meeting № {number} of this body this year.</source>
      <translation>В этом учебном году у этого органа нет заседания № {number}.</translation>
    </message>
    <message>
      <source>«{body}» has no held meetings in {year}.</source>
      <translation>У «{body}» нет проведённых заседаний в {year} учебном году.</translation>
    </message>
    <message>
      <source>The plan is approved: say why it changes (the reason goes into the list of amendments).</source>
      <translation>План утверждён: укажите причину изменения (она попадёт в список изменений).</translation>
    </message>
    <message>
      <source>Unknown direction of work «{direction}».</source>
      <translation>Неизвестное направление работы «{direction}».</translation>
    </message>
    <message>
      <source>The deadline {day} is outside the academic year {year}.</source>
      <translation>Срок {day} вне учебного года {year}.</translation>
    </message>
    <message>
      <source>Say why the item is moved or cancelled.</source>
      <translation>Укажите, почему мероприятие перенесено или отменено.</translation>
    </message>
    <message>
      <source>The plan is reviewed at a meeting: choose the meeting whose protocol records it.</source>
      <translation>План рассматривается на заседании: выберите заседание, протокол которого это фиксирует.</translation>
    </message>
    <message>
      <source>This meeting cannot review the plan: the unified plan is reviewed by the methodical council, an association's plan at the association's own meeting, in the same year.</source>
      <translation>Это заседание не может рассмотреть план: единый план рассматривает методический совет, план объединения — само объединение на своём заседании того же учебного года.</translation>
    </message>
    <message>
      <source>The meeting of {day} has not been held yet.</source>
      <translation>Заседание {day} ещё не проведено.</translation>
    </message>
    <message>
      <source>The plan was already approved on {day}.</source>
      <translation>План уже утверждён {day}.</translation>
    </message>
    <message>
      <source>The plan cannot be approved yet: first it is reviewed — the unified plan at a meeting of the methodical council, an association's plan at the association's own meeting.</source>
      <translation>План пока нельзя утвердить: сначала его рассматривают — единый план на заседании методического совета, план объединения на заседании самого объединения.</translation>
    </message>
    <message>
      <source>The approval date {day} is before the review on {review}.</source>
      <translation>Дата утверждения {day} раньше рассмотрения плана ({review}).</translation>
    </message>
    <message>
      <source>A topic spans 1 to 5 academic years, not {value}.</source>
      <translation>Тема рассчитывается на 1–5 учебных лет, а не на {value}.</translation>
    </message>
    <message>
      <source>Unknown form of showing results: «{value}».</source>
      <translation>Неизвестная форма представления результатов: «{value}».</translation>
    </message>
    <message>
      <source>The teacher who gives the lesson cannot be its observer.</source>
      <translation>Учитель, который проводит урок, не может быть его наблюдателем.</translation>
    </message>
    <message>
      <source>A teacher cannot visit her own lesson: choose another teacher.</source>
      <translation>Учитель не может посетить собственный урок: выберите другого учителя.</translation>
    </message>
    <message>
      <source>Unknown regulation «{kind}»: use methodical-work or association.</source>
      <translation>Неизвестное положение «{kind}»: используйте methodical-work или association.</translation>
    </message>
    <message>
      <source>The database {path} is already open in another window of Усулдук кабинет. Switch to that window, or close it first.</source>
      <translation>База данных {path} уже открыта в другом окне «Методического кабинета». Перейдите в то окно или сначала закройте его.</translation>
    </message>
    <message>
      <source>The database {path} cannot be written (a read-only file or folder). Copy it to a folder you can write to, or choose another file.</source>
      <translation>В базу данных {path} нельзя записывать (файл или папка только для чтения). Скопируйте её в папку с правом записи или выберите другой файл.</translation>
    </message>
    <message>
      <source>The database {path} is damaged; it was not changed. Restore a backup (Settings → Backups, or `restore`).</source>
      <translation>База данных {path} повреждена и не была изменена. Восстановите резервную копию (Настройки → Резервные копии или `restore`).</translation>
    </message>
    <message>
      <source>The backup {path} is missing or damaged; nothing was changed.</source>
      <translation>Резервная копия {path} отсутствует или повреждена; ничего не изменено.</translation>
    </message>
    <message>
      <source>The database is busy in another program; nothing was saved. Try again in a moment.</source>
      <translation>База данных занята другой программой; ничего не сохранено. Повторите попытку через минуту.</translation>
    </message>
    <message>
      <source>The disk is full; nothing was saved. Free some space and try again.</source>
      <translation>Диск заполнен; ничего не сохранено. Освободите место и повторите попытку.</translation>
    </message>
    <message>
      <source>The database refused the change ({reason}); nothing was saved.</source>
      <translation>База данных отклонила изменение ({reason}); ничего не сохранено.</translation>
    </message>
    <message>
      <source>The template {path} is missing: reinstall the app, or put a copy of the template there.</source>
      <translation>Шаблон {path} отсутствует: переустановите программу или положите туда копию шаблона.</translation>
    </message>
    <message>
      <source>«{name}» has meetings ({meetings}) and plan items ({plan_items}): it cannot be deleted, its protocols are reporting documents.</source>
      <translation>У «{name_ru}» есть заседания ({meetings}) и мероприятия плана ({plan_items}): удалить нельзя, протоколы заседаний — отчётные документы.</translation>
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
    <message>
      <source>Chair of the council</source>
      <translation>Председатель совета</translation>
    </message>
    <message>
      <source>Name (Kyrgyz)</source>
      <translation>Название (на кыргызском)</translation>
    </message>
    <message>
      <source>Event</source>
      <translation>Мероприятие</translation>
    </message>
    <message>
      <source>Deadline</source>
      <translation>Срок</translation>
    </message>
    <message>
      <source>Done on</source>
      <translation>Дата выполнения</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Причина</translation>
    </message>
    <message>
      <source>Topic</source>
      <translation>Тема</translation>
    </message>
    <message>
      <source>What was shown</source>
      <translation>Что представлено</translation>
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
      <source>This database is new. Enter your school's details to begin, or load the sample school to try the app first.</source>
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
    <name>Growth</name>
    <message>
      <source>Word documents (*.docx)</source>
      <translation>Документы Word (*.docx)</translation>
    </message>
    <message>
      <source>Excel workbooks (*.xlsx)</source>
      <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
      <source>{title}: saved</source>
      <translation>{title}: сохранено</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>Со&amp;хранить</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <source>Choose the teacher.</source>
      <translation>Выберите учителя.</translation>
    </message>
    <message>
      <source>This must be filled in.</source>
      <translation>Это поле нужно заполнить.</translation>
    </message>
  </context>
  <context>
    <name>GrowthPage</name>
    <message>
      <source>Show the topics, lessons and visits of one teacher</source>
      <translation>Показать темы, уроки и посещения одного учителя</translation>
    </message>
    <message>
      <source>All teachers</source>
      <translation>Все учителя</translation>
    </message>
    <message>
      <source>Te&amp;acher:</source>
      <translation>&amp;Учитель:</translation>
    </message>
    <message>
      <source>The language of the documents made here</source>
      <translation>Язык документов, формируемых здесь</translation>
    </message>
    <message>
      <source>Document lan&amp;guage:</source>
      <translation>&amp;Язык документов:</translation>
    </message>
    <message>
      <source>&amp;Topics</source>
      <translation>&amp;Темы</translation>
    </message>
    <message>
      <source>&amp;Open lessons</source>
      <translation>&amp;Открытые уроки</translation>
    </message>
    <message>
      <source>&amp;Visits</source>
      <translation>&amp;Взаимопосещения</translation>
    </message>
    <message>
      <source>Coming d&amp;ue</source>
      <translation>&amp;Сроки</translation>
    </message>
    <message>
      <source>Self-development topics of the year</source>
      <translation>Темы самообразования на учебный год</translation>
    </message>
    <message>
      <source>Open lessons and master classes, term by term</source>
      <translation>Открытые уроки и мастер-классы по четвертям</translation>
    </message>
    <message>
      <source>Mutual lesson visits: the list and who visited whom</source>
      <translation>Взаимопосещение уроков: список и кто кого посетил</translation>
    </message>
    <message>
      <source>Courses, heads, topics and associations that need attention</source>
      <translation>Курсы, руководители, темы и объединения, требующие внимания</translation>
    </message>
    <message>
      <source>Teachers' growth</source>
      <translation>Рост учителей</translation>
    </message>
    <message>
      <source>Coming d&amp;ue ({count})</source>
      <translation>&amp;Сроки ({count})</translation>
    </message>
    <message>
      <source>topics: {topics}, lessons: {lessons}, visits: {visits}</source>
      <translation>тем: {topics}, уроков: {lessons}, посещений: {visits}</translation>
    </message>
  </context>
  <context>
    <name>GrowthTab</name>
    <message>
      <source>Open in «Teachers' &amp;growth»</source>
      <translation>Открыть в разделе «&amp;Рост учителей»</translation>
    </message>
    <message>
      <source>This academic year:</source>
      <translation>В этом учебном году:</translation>
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
      <translation>Открытый урок</translation>
    </message>
    <message>
      <source>Lessons visited: {made}; her lessons visited: {received}</source>
      <translation>Посетил(а) уроков: {made}; посещений его/её уроков: {received}</translation>
    </message>
  </context>
  <context>
    <name>HomePage</name>
    <message>
      <source>Home</source>
      <translation>Главная</translation>
    </message>
    <message>
      <source>term {term}</source>
      <translation>{term} четверть</translation>
    </message>
    <message>
      <source>holidays</source>
      <translation>каникулы</translation>
    </message>
    <message>
      <source>Today, {day}: {where} of {year}</source>
      <translation>Сегодня, {day}: {year} учебный год, {where}</translation>
    </message>
    <message>
      <source>{count} things need attention. Enter or double-click opens the place that fixes one.</source>
      <translation>Требует внимания: {count}. Enter или двойной щелчок открывает место, где это исправить.</translation>
    </message>
    <message>
      <source>Nothing needs attention today.</source>
      <translation>Сегодня ничего не требует внимания.</translation>
    </message>
    <message>
      <source>Plan item overdue since {due}: {event}</source>
      <translation>Мероприятие плана просрочено с {due}: {event}</translation>
    </message>
    <message>
      <source>Plan item due by {due}: {event}</source>
      <translation>Срок мероприятия плана — {due}: {event}</translation>
    </message>
    <message>
      <source>{name}: no course for {years} years or more</source>
      <translation>{name}: нет курсов {years} лет и более</translation>
    </message>
    <message>
      <source>{name}: has not met in term {term} yet ({days} days left in the term)</source>
      <translation>{name}: ещё нет заседания в {term} четверти (до конца четверти {days} дн.)</translation>
    </message>
    <message>
      <source>Have not met this term</source>
      <translation>Не провели заседание в этой четверти</translation>
    </message>
    <message>
      <source>Plan items overdue</source>
      <translation>Просроченные мероприятия плана</translation>
    </message>
    <message>
      <source>Plan items due soon</source>
      <translation>Мероприятия плана с близким сроком</translation>
    </message>
    <message>
      <source>Decisions past their date</source>
      <translation>Решения с истёкшим сроком</translation>
    </message>
    <message>
      <source>Teachers due for courses</source>
      <translation>Учителя, которым пора на курсы</translation>
    </message>
    <message>
      <source>Heads to reappoint</source>
      <translation>Руководители для переназначения</translation>
    </message>
    <message>
      <source>Heads whose year ends</source>
      <translation>Руководители, чей срок истекает</translation>
    </message>
    <message>
      <source>Associations with fewer than three members</source>
      <translation>Объединения, где меньше трёх членов</translation>
    </message>
    <message>
      <source>The unified plan</source>
      <translation>Единый план</translation>
    </message>
    <message>
      <source>{body}, meeting № {number}: a decision past its date {due}: {text}</source>
      <translation>{body}, заседание № {number}: срок решения истёк {due}: {text}</translation>
    </message>
    <message>
      <source>{name}: reappoint the head ({head}) for the new year</source>
      <translation>{name}: назначьте руководителя ({head}) на новый учебный год</translation>
    </message>
    <message>
      <source>{name}: the head's year ends on {end} ({head})</source>
      <translation>{name}: срок руководителя ({head}) заканчивается {end}</translation>
    </message>
    <message>
      <source>{name}: {count} members, fewer than three</source>
      <translation>{name}: {count} чел., меньше трёх</translation>
    </message>
    <message>
      <source>The unified plan of the year is not approved yet</source>
      <translation>Единый план учебного года ещё не утверждён</translation>
    </message>
    <message>
      <source>Unified plan</source>
      <translation>Единый план</translation>
    </message>
    <message>
      <source>Highest</source>
      <translation>Высшая</translation>
    </message>
    <message>
      <source>First</source>
      <translation>Первая</translation>
    </message>
    <message>
      <source>Second</source>
      <translation>Вторая</translation>
    </message>
    <message>
      <source>None</source>
      <translation>Без категории</translation>
    </message>
    <message>
      <source>Plan completion by direction, %</source>
      <translation>Выполнение плана по направлениям, %</translation>
    </message>
    <message>
      <source>Plan completion by plan, %</source>
      <translation>Выполнение по планам, %</translation>
    </message>
    <message>
      <source>Meetings held this year</source>
      <translation>Проведено заседаний в этом году</translation>
    </message>
    <message>
      <source>Staff by category</source>
      <translation>Учителя по категориям</translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <source>Import only the &amp;valid rows</source>
      <translation>Импортировать только &amp;правильные строки</translation>
    </message>
    <message>
      <source>Rows with errors are not imported. Fix them in the file and open it again, or import only the valid rows.</source>
      <translation>Строки с ошибками не импортируются. Исправьте их в файле и откройте его снова или импортируйте только правильные строки.</translation>
    </message>
    <message>
      <source>&amp;Import</source>
      <translation>&amp;Импортировать</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <source>Import the staff list: {file}</source>
      <translation>Импорт списка сотрудников: {file}</translation>
    </message>
    <message>
      <source>Sheet «{sheet}», header in row {row}: {new} new, {duplicates} already on the staff, {invalid} with errors.</source>
      <translation>Лист «{sheet}», заголовок в строке {row}: новых — {new}, уже в штате — {duplicates}, с ошибками — {invalid}.</translation>
    </message>
    <message>
      <source>New subjects (they will be added to the catalogue): {names}</source>
      <translation>Новые предметы (будут добавлены в справочник): {names}</translation>
    </message>
    <message>
      <source>Columns not recognised (ignored): {names}</source>
      <translation>Нераспознанные столбцы (пропущены): {names}</translation>
    </message>
    <message>
      <source>Staff list imported: {added} new, {updated} updated, {skipped} skipped, {rejected} rows with errors left out.</source>
      <translation>Список сотрудников импортирован: новых — {added}, обновлено — {updated}, пропущено — {skipped}, не загружено строк с ошибками — {rejected}.</translation>
    </message>
  </context>
  <context>
    <name>ImportPreviewModel</name>
    <message>
      <source>Row</source>
      <translation>Строка</translation>
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
      <source>Category</source>
      <translation>Категория</translation>
    </message>
    <message>
      <source>What will happen</source>
      <translation>Что произойдёт</translation>
    </message>
    <message>
      <source>Already on the staff: tick to update the teacher from this row, untick to skip it.</source>
      <translation>Уже в штате: отметьте, чтобы обновить данные учителя из этой строки, или снимите отметку, чтобы пропустить её.</translation>
    </message>
    <message>
      <source>New in the catalogue: {names}</source>
      <translation>Новое в справочнике: {names}</translation>
    </message>
    <message>
      <source>error: {message}</source>
      <translation>ошибка: {message}</translation>
    </message>
    <message>
      <source>new</source>
      <translation>новый</translation>
    </message>
    <message>
      <source>update existing</source>
      <translation>обновить</translation>
    </message>
    <message>
      <source>skip</source>
      <translation>пропустить</translation>
    </message>
    <message>
      <source>The same teacher as in row {other}.</source>
      <translation>Тот же учитель, что в строке {other}.</translation>
    </message>
  </context>
  <context>
    <name>ItemEditor</name>
    <message>
      <source>Add a direc&amp;tion…</source>
      <translation>Добавить &amp;направление…</translation>
    </message>
    <message>
      <source>Find a teacher</source>
      <translation>Найти учителя</translation>
    </message>
    <message>
      <source>Others, separated by commas</source>
      <translation>Другие, через запятую</translation>
    </message>
    <message>
      <source>Unified plan</source>
      <translation>Единый план</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>Со&amp;хранить</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <source>Plan item № {number}</source>
      <translation>Пункт плана № {number}</translation>
    </message>
    <message>
      <source>New plan item</source>
      <translation>Новый пункт плана</translation>
    </message>
    <message>
      <source>Space ticks a line</source>
      <translation>Пробел отмечает строку</translation>
    </message>
    <message>
      <source>&amp;Event</source>
      <translation>&amp;Мероприятие</translation>
    </message>
    <message>
      <source>&amp;Direction</source>
      <translation>&amp;Направление</translation>
    </message>
    <message>
      <source>&amp;Form</source>
      <translation>&amp;Форма</translation>
    </message>
    <message>
      <source>Dead&amp;line</source>
      <translation>&amp;Срок</translation>
    </message>
    <message>
      <source>&amp;Responsible</source>
      <translation>&amp;Ответственные</translation>
    </message>
    <message>
      <source>&amp;Plan</source>
      <translation>&amp;План</translation>
    </message>
    <message>
      <source>E&amp;xpected result</source>
      <translation>Ожидаемый &amp;результат</translation>
    </message>
    <message>
      <source>done on</source>
      <translation>выполнено</translation>
    </message>
    <message>
      <source>S&amp;tatus</source>
      <translation>С&amp;остояние</translation>
    </message>
    <message>
      <source>&amp;Note</source>
      <translation>&amp;Примечание</translation>
    </message>
    <message>
      <source>&amp;Reason</source>
      <translation>П&amp;ричина</translation>
    </message>
    <message>
      <source>The plan item was saved.</source>
      <translation>Пункт плана сохранён.</translation>
    </message>
  </context>
  <context>
    <name>LessonEditor</name>
    <message>
      <source>Open lesson</source>
      <translation>Открытый урок</translation>
    </message>
    <message>
      <source>Master class</source>
      <translation>Мастер-класс</translation>
    </message>
    <message>
      <source>One guest a line, e.g. a methodologist of the district office</source>
      <translation>По одному гостю в строке, напр.: методист районного отдела образования</translation>
    </message>
    <message>
      <source>&amp;Teacher</source>
      <translation>&amp;Учитель</translation>
    </message>
    <message>
      <source>&amp;Date</source>
      <translation>&amp;Дата</translation>
    </message>
    <message>
      <source>&amp;Class</source>
      <translation>&amp;Класс</translation>
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
      <translation>&amp;Форма</translation>
    </message>
    <message>
      <source>&amp;Association</source>
      <translation>&amp;Объединение</translation>
    </message>
    <message>
      <source>&amp;Guests</source>
      <translation>&amp;Гости</translation>
    </message>
    <message>
      <source>E&amp;valuation</source>
      <translation>О&amp;ценка</translation>
    </message>
    <message>
      <source>Find a colleague</source>
      <translation>Найти коллегу</translation>
    </message>
    <message>
      <source>New open lesson</source>
      <translation>Новый открытый урок</translation>
    </message>
    <message>
      <source>O&amp;bservers: {count}</source>
      <translation>&amp;Наблюдатели: {count}</translation>
    </message>
    <message>
      <source>The lesson of {name} on {date} was saved.</source>
      <translation>Урок сохранён: {name}, {date}.</translation>
    </message>
  </context>
  <context>
    <name>LessonsTab</name>
    <message>
      <source>The schedule of one term, or the whole year</source>
      <translation>График одной четверти или всего учебного года</translation>
    </message>
    <message>
      <source>Te&amp;rm:</source>
      <translation>&amp;Четверть:</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Дата</translation>
    </message>
    <message>
      <source>Teacher</source>
      <translation>Учитель</translation>
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
      <translation>Форма</translation>
    </message>
    <message>
      <source>Association</source>
      <translation>Объединение</translation>
    </message>
    <message>
      <source>Observers</source>
      <translation>Наблюдатели</translation>
    </message>
    <message>
      <source>&amp;New lesson</source>
      <translation>&amp;Новый урок</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>&amp;Изменить</translation>
    </message>
    <message>
      <source>De&amp;lete</source>
      <translation>Уда&amp;лить</translation>
    </message>
    <message>
      <source>Schedule .&amp;docx…</source>
      <translation>График .&amp;docx…</translation>
    </message>
    <message>
      <source>The schedule of the chosen term (or of the year) in the document language</source>
      <translation>График выбранной четверти (или учебного года) на языке документов</translation>
    </message>
    <message>
      <source>The whole year</source>
      <translation>Весь учебный год</translation>
    </message>
    <message>
      <source>Term {n} ({start} – {end})</source>
      <translation>{n} четверть ({start} – {end})</translation>
    </message>
    <message>
      <source>Open lessons: {lessons}, master classes: {masters}</source>
      <translation>Открытых уроков: {lessons}, мастер-классов: {masters}</translation>
    </message>
    <message>
      <source>Master class</source>
      <translation>Мастер-класс</translation>
    </message>
    <message>
      <source>Open lesson</source>
      <translation>Открытый урок</translation>
    </message>
    <message>
      <source>Delete the lesson «{topic}» of {name} on {date}?</source>
      <translation>Удалить урок «{topic}» ({name}, {date})?</translation>
    </message>
    <message>
      <source>Delete the lesson «{topic}»</source>
      <translation>Удаление урока «{topic}»</translation>
    </message>
    <message>
      <source>The lesson «{topic}» was deleted (Ctrl+Z brings it back).</source>
      <translation>Урок «{topic}» удалён (Ctrl+Z вернёт его).</translation>
    </message>
    <message>
      <source>Open lessons {year} ({lang})</source>
      <translation>Открытые уроки {year} ({lang})</translation>
    </message>
    <message>
      <source>Open lessons {year}, term {n} ({lang})</source>
      <translation>Открытые уроки {year}, {n}-я четверть ({lang})</translation>
    </message>
    <message>
      <source>Save the schedule of open lessons</source>
      <translation>Сохранить график открытых уроков</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Opening {path}…</source>
      <translation>Открывается {path}…</translation>
    </message>
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
    <name>MatrixModel</name>
    <message>
      <source>{visitor} → {visited}: {count}</source>
      <translation>{visitor} → {visited}: {count}</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Всего</translation>
    </message>
    <message>
      <source>Visits made</source>
      <translation>Посещено уроков коллег</translation>
    </message>
    <message>
      <source>Visits received</source>
      <translation>Посещений уроков учителя</translation>
    </message>
  </context>
  <context>
    <name>MeetingDialog</name>
    <message>
      <source>Reviewed at a meeting</source>
      <translation>Рассмотрено на заседании</translation>
    </message>
    <message>
      <source>The held meeting whose protocol records the review:</source>
      <translation>Проведённое заседание, в протоколе которого записано рассмотрение:</translation>
    </message>
    <message>
      <source>&amp;Meeting</source>
      <translation>&amp;Заседание</translation>
    </message>
  </context>
  <context>
    <name>MeetingEditor</name>
    <message>
      <source>Main</source>
      <translation>Основное</translation>
    </message>
    <message>
      <source>Agenda</source>
      <translation>Повестка дня</translation>
    </message>
    <message>
      <source>Attendance</source>
      <translation>Явка</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>Ход заседания</translation>
    </message>
    <message>
      <source>Decisions of the previous meeting</source>
      <translation>Решения предыдущего заседания</translation>
    </message>
    <message>
      <source>Ctrl+Tab goes to the next tab</source>
      <translation>Ctrl+Tab — переход на следующую вкладку</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>Со&amp;хранить</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <source>e.g. room 201</source>
      <translation>напр.: кабинет 201</translation>
    </message>
    <message>
      <source>The chair's full name, when not on the staff list</source>
      <translation>ФИО председателя, если его нет в списке сотрудников</translation>
    </message>
    <message>
      <source>The protocol is final: its number № {number} is fixed, so the meeting cannot move before or after another meeting of the body.</source>
      <translation>Протокол окончательный: его номер № {number} закреплён, поэтому заседание нельзя перенести раньше или позже другого заседания этого объединения (совета).</translation>
    </message>
    <message>
      <source>&amp;Time</source>
      <translation>&amp;Время</translation>
    </message>
    <message>
      <source>&amp;Association or council</source>
      <translation>&amp;Объединение или совет</translation>
    </message>
    <message>
      <source>&amp;Date</source>
      <translation>&amp;Дата</translation>
    </message>
    <message>
      <source>&amp;Place</source>
      <translation>&amp;Место</translation>
    </message>
    <message>
      <source>Stat&amp;us</source>
      <translation>Сос&amp;тояние</translation>
    </message>
    <message>
      <source>C&amp;hair</source>
      <translation>&amp;Председатель</translation>
    </message>
    <message>
      <source>Chair's &amp;name</source>
      <translation>&amp;ФИО председателя</translation>
    </message>
    <message>
      <source>Se&amp;cretary</source>
      <translation>&amp;Секретарь</translation>
    </message>
    <message>
      <source>— another person (not on the staff list) —</source>
      <translation>— другое лицо (нет в списке сотрудников) —</translation>
    </message>
    <message>
      <source>— none —</source>
      <translation>— нет —</translation>
    </message>
    <message>
      <source>New meeting: {body}</source>
      <translation>Новое заседание: {body}</translation>
    </message>
    <message>
      <source>Meeting № {number}: {body}</source>
      <translation>Заседание № {number}: {body}</translation>
    </message>
    <message>
      <source>Term {term}</source>
      <translation>{term} четверть</translation>
    </message>
    <message>
      <source>Outside the terms (the holidays)</source>
      <translation>Вне четвертей (каникулы)</translation>
    </message>
    <message>
      <source>Protocol № {number}</source>
      <translation>Протокол № {number}</translation>
    </message>
    <message>
      <source>A meeting after today can only be planned.</source>
      <translation>Будущее заседание может быть только запланированным.</translation>
    </message>
    <message>
      <source>Agenda: {count} item(s).</source>
      <translation>Вопросов в повестке дня: {count}.</translation>
    </message>
    <message>
      <source>Attendance: {present} of {total} present, {guests} guest(s).</source>
      <translation>Явка: присутствуют {present} из {total}, приглашённых: {guests}.</translation>
    </message>
    <message>
      <source>Decisions recorded: {count}.</source>
      <translation>Записано решений: {count}.</translation>
    </message>
    <message>
      <source>Decisions of the previous meeting ({count})</source>
      <translation>Решения предыдущего заседания ({count})</translation>
    </message>
    <message>
      <source>Write the time as hours and minutes, like 14:30.</source>
      <translation>Укажите время в часах и минутах, например 14:30.</translation>
    </message>
    <message>
      <source>The meeting of {date} was saved.</source>
      <translation>Заседание от {date} сохранено.</translation>
    </message>
    <message>
      <source>Agenda item {number}: write its topic.</source>
      <translation>Вопрос {number} повестки дня: укажите тему.</translation>
    </message>
  </context>
  <context>
    <name>Meetings</name>
    <message>
      <source>planned</source>
      <translation>запланировано</translation>
    </message>
    <message>
      <source>held</source>
      <translation>проведено</translation>
    </message>
    <message>
      <source>missing</source>
      <translation>нет</translation>
    </message>
    <message>
      <source>not checked yet</source>
      <translation>не проверено</translation>
    </message>
    <message>
      <source>done</source>
      <translation>выполнено</translation>
    </message>
    <message>
      <source>not done</source>
      <translation>не выполнено</translation>
    </message>
    <message>
      <source>carried over</source>
      <translation>перенесено</translation>
    </message>
    <message>
      <source>{present} of {total} present</source>
      <translation>Присутствуют {present} из {total}</translation>
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
      <translation>Дата и время</translation>
    </message>
    <message>
      <source>Association or council</source>
      <translation>Объединение или совет</translation>
    </message>
    <message>
      <source>Term</source>
      <translation>Четверть</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Состояние</translation>
    </message>
    <message>
      <source>Attendance</source>
      <translation>Явка</translation>
    </message>
    <message>
      <source>Final</source>
      <translation>Окончательный</translation>
    </message>
    <message>
      <source>The protocol is final: its number № {number} is fixed.</source>
      <translation>Протокол окончательный: его номер № {number} закреплён.</translation>
    </message>
    <message>
      <source>Outside the terms (the holidays or before term I)</source>
      <translation>Вне четвертей (каникулы или до начала I четверти)</translation>
    </message>
  </context>
  <context>
    <name>MeetingsPage</name>
    <message>
      <source>All terms</source>
      <translation>Все четверти</translation>
    </message>
    <message>
      <source>Term {term}</source>
      <translation>{term} четверть</translation>
    </message>
    <message>
      <source>Planned and held</source>
      <translation>Запланированные и проведённые</translation>
    </message>
    <message>
      <source>&amp;New meeting</source>
      <translation>&amp;Новое заседание</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>&amp;Изменить</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>&amp;Удалить</translation>
    </message>
    <message>
      <source>Mark &amp;final</source>
      <translation>&amp;Отметить как окончательный</translation>
    </message>
    <message>
      <source>A final protocol keeps its number; it is printed and signed</source>
      <translation>Окончательный протокол сохраняет свой номер; его печатают и подписывают</translation>
    </message>
    <message>
      <source>The language of the protocol</source>
      <translation>Язык протокола</translation>
    </message>
    <message>
      <source>Protocol (.&amp;docx)…</source>
      <translation>Протокол (.&amp;docx)…</translation>
    </message>
    <message>
      <source>Protocol &amp;book (.docx)…</source>
      <translation>&amp;Книга протоколов (.docx)…</translation>
    </message>
    <message>
      <source>Every held meeting of the chosen association or council, in one document</source>
      <translation>Все проведённые заседания выбранного объединения или совета в одном документе</translation>
    </message>
    <message>
      <source>Print pre&amp;view…</source>
      <translation>&amp;Предпросмотр печати…</translation>
    </message>
    <message>
      <source>Save as P&amp;DF…</source>
      <translation>Сохранить &amp;в PDF…</translation>
    </message>
    <message>
      <source>Meetings</source>
      <translation>Заседания</translation>
    </message>
    <message>
      <source>Term coverage</source>
      <translation>Заседания по четвертям</translation>
    </message>
    <message>
      <source>&amp;Body</source>
      <translation>О&amp;бъединение или совет</translation>
    </message>
    <message>
      <source>Ter&amp;m</source>
      <translation>&amp;Четверть</translation>
    </message>
    <message>
      <source>Stat&amp;us</source>
      <translation>&amp;Состояние</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;Язык</translation>
    </message>
    <message>
      <source>No academic year yet: add one in Settings.</source>
      <translation>Учебного года пока нет: добавьте его в Настройках.</translation>
    </message>
    <message>
      <source>Meetings of the academic year {year}</source>
      <translation>Заседания {year} учебного года</translation>
    </message>
    <message>
      <source>All associations and councils</source>
      <translation>Все объединения и советы</translation>
    </message>
    <message>
      <source>No meetings match the filters.</source>
      <translation>Нет заседаний, соответствующих фильтрам.</translation>
    </message>
    <message>
      <source>No meetings yet this year: plan the first one with New meeting.</source>
      <translation>В этом учебном году заседаний пока нет: запланируйте первое кнопкой «Новое заседание».</translation>
    </message>
    <message>
      <source>Unmark &amp;final</source>
      <translation>Снять &amp;отметку «окончательный»</translation>
    </message>
    <message>
      <source>the meeting № {number} of {date} ({body})</source>
      <translation>заседание № {number} от {date} ({body})</translation>
    </message>
    <message>
      <source>Delete {meeting} with its agenda, attendance and decisions?</source>
      <translation>Удалить {meeting} вместе с повесткой дня, явкой и решениями?</translation>
    </message>
    <message>
      <source>Deleted: {meeting}.</source>
      <translation>Удалено: {meeting}.</translation>
    </message>
    <message>
      <source>Unmark the protocol № {number} as final? Its number may then change when meetings are added before it.</source>
      <translation>Снять с протокола № {number} отметку «окончательный»? Тогда его номер может измениться, если перед ним добавят заседания.</translation>
    </message>
    <message>
      <source>The protocol № {number} is final.</source>
      <translation>Протокол № {number} отмечен как окончательный.</translation>
    </message>
    <message>
      <source>The protocol № {number} is no longer final.</source>
      <translation>С протокола № {number} снята отметка «окончательный».</translation>
    </message>
  </context>
  <context>
    <name>MoveDialog</name>
    <message>
      <source>Move the item</source>
      <translation>Перенос пункта</translation>
    </message>
    <message>
      <source>The new deadline and why the item moves:</source>
      <translation>Новый срок и причина переноса:</translation>
    </message>
    <message>
      <source>New &amp;deadline</source>
      <translation>Новый &amp;срок</translation>
    </message>
    <message>
      <source>&amp;Reason</source>
      <translation>&amp;Причина</translation>
    </message>
    <message>
      <source>Write the reason.</source>
      <translation>Напишите причину.</translation>
    </message>
  </context>
  <context>
    <name>OptionalDate</name>
    <message>
      <source>Tick when the date is known</source>
      <translation>Отметьте, если дата известна</translation>
    </message>
    <message>
      <source>not set</source>
      <translation>не указана</translation>
    </message>
  </context>
  <context>
    <name>PlanModel</name>
    <message>
      <source>No one responsible</source>
      <translation>Без ответственных</translation>
    </message>
    <message>
      <source>Event</source>
      <translation>Мероприятие</translation>
    </message>
    <message>
      <source>Form</source>
      <translation>Форма</translation>
    </message>
    <message>
      <source>Deadline</source>
      <translation>Срок</translation>
    </message>
    <message>
      <source>Responsible</source>
      <translation>Ответственные</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Состояние</translation>
    </message>
    <message>
      <source>{name} ({count})</source>
      <translation>{name} ({count})</translation>
    </message>
    <message>
      <source>Done {done} of {count} (cancelled items not counted)</source>
      <translation>Выполнено {done} из {count} (отменённые не считаются)</translation>
    </message>
    <message>
      <source>Done {day}</source>
      <translation>Выполнено {day}</translation>
    </message>
    <message>
      <source>Overdue: the deadline was {day}</source>
      <translation>Просрочено: срок был {day}</translation>
    </message>
    <message>
      <source>Due by {day}</source>
      <translation>До {day}</translation>
    </message>
  </context>
  <context>
    <name>PlanPage</name>
    <message>
      <source>The unified plan, or one association's work plan</source>
      <translation>Единый план или план работы одного объединения</translation>
    </message>
    <message>
      <source>How the items are grouped</source>
      <translation>Как сгруппированы пункты</translation>
    </message>
    <message>
      <source>Filter the items (Ctrl+L)</source>
      <translation>Отбор мероприятий (Ctrl+L)</translation>
    </message>
    <message>
      <source>Words of the event, the form, the responsible, the note</source>
      <translation>Слова из мероприятия, формы, ответственных, примечания</translation>
    </message>
    <message>
      <source>&amp;Plan:</source>
      <translation>&amp;План:</translation>
    </message>
    <message>
      <source>Vie&amp;w:</source>
      <translation>&amp;Вид:</translation>
    </message>
    <message>
      <source>&amp;New item</source>
      <translation>&amp;Новый пункт</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>&amp;Изменить</translation>
    </message>
    <message>
      <source>Dele&amp;te</source>
      <translation>&amp;Удалить</translation>
    </message>
    <message>
      <source>&amp;Done</source>
      <translation>&amp;Выполнено</translation>
    </message>
    <message>
      <source>D: done today</source>
      <translation>D: выполнено сегодня</translation>
    </message>
    <message>
      <source>&amp;Move…</source>
      <translation>П&amp;еренести…</translation>
    </message>
    <message>
      <source>M: a new deadline, and why</source>
      <translation>M: новый срок и причина</translation>
    </message>
    <message>
      <source>&amp;Cancel item…</source>
      <translation>&amp;Отменить пункт…</translation>
    </message>
    <message>
      <source>C: cancelled, and why</source>
      <translation>C: отменено и причина</translation>
    </message>
    <message>
      <source>&amp;Reopen</source>
      <translation>В&amp;озобновить</translation>
    </message>
    <message>
      <source>R: planned again</source>
      <translation>R: снова запланировано</translation>
    </message>
    <message>
      <source>Plan</source>
      <translation>План</translation>
    </message>
    <message>
      <source>Unified plan</source>
      <translation>Единый план</translation>
    </message>
    <message>
      <source>Unified plan of methodical work</source>
      <translation>Единый план методической работы</translation>
    </message>
    <message>
      <source>Work plan: {name}</source>
      <translation>План работы: {name}</translation>
    </message>
    <message>
      <source>All plans of the year</source>
      <translation>Все планы года</translation>
    </message>
    <message>
      <source>No academic year yet: add one in Settings.</source>
      <translation>Учебного года пока нет: добавьте его в Настройках.</translation>
    </message>
    <message>
      <source>No items in the plans of {year} yet: add the first one (Ctrl+N).</source>
      <translation>В планах {year} пока нет пунктов: добавьте первый (Ctrl+N).</translation>
    </message>
    <message>
      <source>Done in {year}: {done}/{count} ({percent}%)</source>
      <translation>Выполнено за {year}: {done}/{count} ({percent}%)</translation>
    </message>
    <message>
      <source>By direction: {list}</source>
      <translation>По направлениям: {list}</translation>
    </message>
    <message>
      <source>By plan: {list}</source>
      <translation>По планам: {list}</translation>
    </message>
    <message>
      <source>Done / all items; cancelled items are not counted</source>
      <translation>Выполнено / всего пунктов; отменённые не считаются</translation>
    </message>
    <message>
      <source>This plan has no items yet: add the first one with «New item» (Ctrl+N).</source>
      <translation>В этом плане пока нет пунктов: добавьте первый кнопкой «Новый пункт» (Ctrl+N).</translation>
    </message>
    <message>
      <source>No item matches «{text}».</source>
      <translation>Нет пунктов по запросу «{text}».</translation>
    </message>
    <message>
      <source>Nothing is overdue.</source>
      <translation>Просроченных пунктов нет.</translation>
    </message>
    <message>
      <source>Delete the item «{event}»? Ctrl+Z brings it back.</source>
      <translation>Удалить пункт «{event}»? Ctrl+Z вернёт его.</translation>
    </message>
    <message>
      <source>The item was deleted; Ctrl+Z brings it back.</source>
      <translation>Пункт удалён; Ctrl+Z вернёт его.</translation>
    </message>
    <message>
      <source>Marked as done</source>
      <translation>Отмечено как выполненное</translation>
    </message>
    <message>
      <source>Done: {event}</source>
      <translation>Выполнено: {event}</translation>
    </message>
    <message>
      <source>Why is «{event}» cancelled?</source>
      <translation>Почему отменяется «{event}»?</translation>
    </message>
  </context>
  <context>
    <name>PlanStatus</name>
    <message>
      <source>Planned</source>
      <translation>Запланировано</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Выполнено</translation>
    </message>
    <message>
      <source>Moved</source>
      <translation>Перенесено</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>Отменено</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>Просрочено</translation>
    </message>
  </context>
  <context>
    <name>PlanView</name>
    <message>
      <source>By month</source>
      <translation>По месяцам</translation>
    </message>
    <message>
      <source>By direction</source>
      <translation>По направлениям</translation>
    </message>
    <message>
      <source>By plan (association)</source>
      <translation>По планам (объединениям)</translation>
    </message>
    <message>
      <source>By responsible</source>
      <translation>По ответственным</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>Просроченные</translation>
    </message>
  </context>
  <context>
    <name>PreviousDecisions</name>
    <message>
      <source>All &amp;done</source>
      <translation>&amp;Все выполнены</translation>
    </message>
    <message>
      <source>No decisions of earlier meetings are waiting for their check.</source>
      <translation>Нет решений прошлых заседаний, ожидающих проверки.</translation>
    </message>
    <message>
      <source>{count} decision(s) of earlier meetings to check. The states are recorded when the meeting is saved.</source>
      <translation>Решений прошлых заседаний к проверке: {count}. Их состояние записывается при сохранении заседания.</translation>
    </message>
    <message>
      <source>The decisions of the previous meeting are checked; a state can still be corrected here.</source>
      <translation>Решения предыдущего заседания проверены; состояние ещё можно исправить здесь.</translation>
    </message>
    <message>
      <source>Meeting</source>
      <translation>Заседание</translation>
    </message>
    <message>
      <source>Decision</source>
      <translation>Решение</translation>
    </message>
    <message>
      <source>Responsible</source>
      <translation>Ответственные</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Срок</translation>
    </message>
    <message>
      <source>State</source>
      <translation>Состояние</translation>
    </message>
    <message>
      <source>№ {number} of {date}</source>
      <translation>№ {number} от {date}</translation>
    </message>
    <message>
      <source>Past due</source>
      <translation>Просрочено</translation>
    </message>
  </context>
  <context>
    <name>ProtocolDocuments</name>
    <message>
      <source>Documents cannot be made in this window.</source>
      <translation>В этом окне нельзя составлять документы.</translation>
    </message>
    <message>
      <source>Protocol {number} {date}.docx</source>
      <translation>Протокол {number} {date}.docx</translation>
    </message>
    <message>
      <source>Save the protocol</source>
      <translation>Сохранить протокол</translation>
    </message>
    <message>
      <source>Word documents (*.docx)</source>
      <translation>Документы Word (*.docx)</translation>
    </message>
    <message>
      <source>The protocol was saved to {path}.</source>
      <translation>Протокол сохранён в {path}.</translation>
    </message>
    <message>
      <source>Protocols {year}.docx</source>
      <translation>Протоколы {year}.docx</translation>
    </message>
    <message>
      <source>Protocols {body} {year}.docx</source>
      <translation>Протоколы {body} {year}.docx</translation>
    </message>
    <message>
      <source>Save the protocol book</source>
      <translation>Сохранить книгу протоколов</translation>
    </message>
    <message>
      <source>The protocol book was saved to {path}.</source>
      <translation>Книга протоколов сохранена в {path}.</translation>
    </message>
    <message>
      <source>Printing is not available in this version.</source>
      <translation>Печать недоступна в этой версии.</translation>
    </message>
    <message>
      <source>Protocol {number} {date}.pdf</source>
      <translation>Протокол {number} {date}.pdf</translation>
    </message>
    <message>
      <source>Save the protocol as PDF</source>
      <translation>Сохранить протокол в PDF</translation>
    </message>
    <message>
      <source>PDF documents (*.pdf)</source>
      <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
      <source>The PDF could not be written: {reason}</source>
      <translation>Не удалось записать PDF: {reason}</translation>
    </message>
  </context>
  <context>
    <name>ReasonDialog</name>
    <message>
      <source>Why?</source>
      <translation>Почему?</translation>
    </message>
    <message>
      <source>&amp;Reason</source>
      <translation>&amp;Причина</translation>
    </message>
    <message>
      <source>Write the reason.</source>
      <translation>Напишите причину.</translation>
    </message>
  </context>
  <context>
    <name>RecordPanel</name>
    <message>
      <source>The report: who reported and what about</source>
      <translation>Доклад: кто докладывал и о чём</translation>
    </message>
    <message>
      <source>Who spoke</source>
      <translation>Кто выступил</translation>
    </message>
    <message>
      <source>Gist</source>
      <translation>Краткое содержание</translation>
    </message>
    <message>
      <source>F2 edits a cell; a name that is not a member's is written as a guest</source>
      <translation>F2 — правка ячейки; ФИО не из состава записывается как приглашённый</translation>
    </message>
    <message>
      <source>Add a spea&amp;ker</source>
      <translation>&amp;Добавить выступающего</translation>
    </message>
    <message>
      <source>Remove the speaker</source>
      <translation>Удалить выступающего</translation>
    </message>
    <message>
      <source>&amp;Heard</source>
      <translation>&amp;Слушали</translation>
    </message>
    <message>
      <source>S&amp;poke</source>
      <translation>В&amp;ыступили</translation>
    </message>
    <message>
      <source>&amp;Decided</source>
      <translation>&amp;Постановили</translation>
    </message>
  </context>
  <context>
    <name>ReportsPage</name>
    <message>
      <source>End-of-year report (.docx)</source>
      <translation>Отчёт за учебный год (.docx)</translation>
    </message>
    <message>
      <source>Workbook for the district office (.xlsx)</source>
      <translation>Таблицы для районного отдела (.xlsx)</translation>
    </message>
    <message>
      <source>Regulation on methodical work (.docx)</source>
      <translation>Положение о методической работе (.docx)</translation>
    </message>
    <message>
      <source>Regulation on the methodical association (.docx)</source>
      <translation>Положение о методическом объединении (.docx)</translation>
    </message>
    <message>
      <source>Director's order on the associations (.docx)</source>
      <translation>Приказ директора об объединениях (.docx)</translation>
    </message>
    <message>
      <source>Unified plan (.docx)</source>
      <translation>Единый план (.docx)</translation>
    </message>
    <message>
      <source>Self-development topics (.xlsx)</source>
      <translation>Темы самообразования (.xlsx)</translation>
    </message>
    <message>
      <source>&amp;Make the document…</source>
      <translation>&amp;Сформировать документ…</translation>
    </message>
    <message>
      <source>Open it when ready</source>
      <translation>Открыть, когда будет готов</translation>
    </message>
    <message>
      <source>&amp;Open the last one</source>
      <translation>&amp;Открыть последний</translation>
    </message>
    <message>
      <source>Open its &amp;folder</source>
      <translation>Открыть &amp;папку</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Язык</translation>
    </message>
    <message>
      <source>Association (report)</source>
      <translation>Объединение (для отчёта)</translation>
    </message>
    <message>
      <source>The deputy's own paragraphs of the report</source>
      <translation>Собственные разделы отчёта (заместитель директора)</translation>
    </message>
    <message>
      <source>Achievements</source>
      <translation>Достижения</translation>
    </message>
    <message>
      <source>Problems</source>
      <translation>Проблемы</translation>
    </message>
    <message>
      <source>Tasks for next year</source>
      <translation>Задачи на следующий год</translation>
    </message>
    <message>
      <source>&amp;Save the paragraphs</source>
      <translation>&amp;Сохранить разделы</translation>
    </message>
    <message>
      <source>The regulations</source>
      <translation>Положения</translation>
    </message>
    <message>
      <source>Save the &amp;dates</source>
      <translation>Сохранить &amp;даты</translation>
    </message>
    <message>
      <source>Reviewed by the pedagogical council</source>
      <translation>Рассмотрено педагогическим советом</translation>
    </message>
    <message>
      <source>Approved by the director</source>
      <translation>Утверждено директором</translation>
    </message>
    <message>
      <source>Document</source>
      <translation>Документ</translation>
    </message>
    <message>
      <source>Preview of the contents</source>
      <translation>Предпросмотр содержания</translation>
    </message>
    <message>
      <source>Reports</source>
      <translation>Отчёты</translation>
    </message>
    <message>
      <source>The whole methodical service</source>
      <translation>Вся методическая служба</translation>
    </message>
    <message>
      <source>Members</source>
      <translation>Состав</translation>
    </message>
    <message>
      <source>Average experience, years</source>
      <translation>Средний стаж, лет</translation>
    </message>
    <message>
      <source>Meetings held</source>
      <translation>Проведено заседаний</translation>
    </message>
    <message>
      <source>Plan items done</source>
      <translation>Выполнено мероприятий плана</translation>
    </message>
    <message>
      <source>Open lessons / master classes</source>
      <translation>Открытые уроки / мастер-классы</translation>
    </message>
    <message>
      <source>Courses taken this year</source>
      <translation>Прошли курсы в этом году</translation>
    </message>
    <message>
      <source>Teachers due for courses</source>
      <translation>Пора на курсы</translation>
    </message>
    <message>
      <source>Topics / shown this year</source>
      <translation>Темы / представлено в этом году</translation>
    </message>
    <message>
      <source>Mutual visits</source>
      <translation>Взаимопосещения</translation>
    </message>
    <message>
      <source>Charts</source>
      <translation>Диаграммы</translation>
    </message>
    <message>
      <source>Sheets: staff, associations, meetings, open lessons, topics, plan completion.</source>
      <translation>Листы: кадры, объединения, заседания, открытые уроки, темы, выполнение плана.</translation>
    </message>
    <message>
      <source>Teachers: {teachers}, associations: {associations}</source>
      <translation>Учителей: {teachers}, объединений: {associations}</translation>
    </message>
    <message>
      <source>The paragraphs of the report were saved.</source>
      <translation>Разделы отчёта сохранены.</translation>
    </message>
    <message>
      <source>The dates of the regulations were saved.</source>
      <translation>Даты положений сохранены.</translation>
    </message>
    <message>
      <source>Excel workbooks (*.xlsx)</source>
      <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
      <source>Word documents (*.docx)</source>
      <translation>Документы Word (*.docx)</translation>
    </message>
    <message>
      <source>Save the document</source>
      <translation>Сохранить документ</translation>
    </message>
    <message>
      <source>Making {name}…</source>
      <translation>Формируется {name}…</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <source>Cancelled: no file was kept.</source>
      <translation>Отменено: файл не сохранён.</translation>
    </message>
    <message>
      <source>Document made</source>
      <translation>Документ готов</translation>
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
    <name>SearchDialog</name>
    <message>
      <source>Search</source>
      <translation>Поиск</translation>
    </message>
    <message>
      <source>Any word: a surname, a topic, an event…</source>
      <translation>Любое слово: фамилия, тема, мероприятие…</translation>
    </message>
    <message>
      <source>Found</source>
      <translation>Найдено</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>Подробности</translation>
    </message>
    <message>
      <source>Teachers</source>
      <translation>Учителя</translation>
    </message>
    <message>
      <source>Associations</source>
      <translation>Объединения</translation>
    </message>
    <message>
      <source>Meetings</source>
      <translation>Заседания</translation>
    </message>
    <message>
      <source>Plan items</source>
      <translation>Мероприятия плана</translation>
    </message>
    <message>
      <source>Self-development topics</source>
      <translation>Темы самообразования</translation>
    </message>
    <message>
      <source>{count} found</source>
      <translation>Найдено: {count}</translation>
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
      <source>Catalogues</source>
      <translation>Справочники</translation>
    </message>
    <message>
      <source>Backups</source>
      <translation>Резервные копии</translation>
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
    <name>ShownDialog</name>
    <message>
      <source>e.g. an open lesson in 7А</source>
      <translation>напр.: открытый урок в 7А</translation>
    </message>
    <message>
      <source>&amp;Date</source>
      <translation>&amp;Дата</translation>
    </message>
    <message>
      <source>&amp;What was shown</source>
      <translation>&amp;Что представлено</translation>
    </message>
    <message>
      <source>&amp;Record</source>
      <translation>&amp;Записать</translation>
    </message>
    <message>
      <source>Shown in {year}</source>
      <translation>Представлено в {year} учебном году</translation>
    </message>
  </context>
  <context>
    <name>StaffModel</name>
    <message>
      <source>Main subject: {main}</source>
      <translation>Основной предмет: {main}</translation>
    </message>
    <message>
      <source>Also teaches: {others}</source>
      <translation>Также преподаёт: {others}</translation>
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
      <source>Category</source>
      <translation>Категория</translation>
    </message>
    <message>
      <source>Experience</source>
      <translation>Стаж</translation>
    </message>
    <message>
      <source>Last course</source>
      <translation>Последние курсы</translation>
    </message>
    <message>
      <source>Class</source>
      <translation>Класс</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Состояние</translation>
    </message>
    <message>
      <source>Years of pedagogical experience on {date}</source>
      <translation>Педагогический стаж (лет) на {date}</translation>
    </message>
    <message>
      <source>No course in the last {years} years</source>
      <translation>Нет курсов повышения квалификации за установленный срок ({years} г.)</translation>
    </message>
    <message>
      <source>Archived</source>
      <translation>В архиве</translation>
    </message>
    <message>
      <source>Due for courses</source>
      <translation>Пора на курсы</translation>
    </message>
  </context>
  <context>
    <name>StaffPage</name>
    <message>
      <source>Filter the teachers (Ctrl+L)</source>
      <translation>Отбор учителей (Ctrl+L)</translation>
    </message>
    <message>
      <source>Type a part of a name, a subject or a class</source>
      <translation>Введите часть ФИО, предмета или класса</translation>
    </message>
    <message>
      <source>Only the teachers of this subject</source>
      <translation>Только учителя этого предмета</translation>
    </message>
    <message>
      <source>Only the teachers of this category</source>
      <translation>Только учителя этой категории</translation>
    </message>
    <message>
      <source>All categories</source>
      <translation>Все категории</translation>
    </message>
    <message>
      <source>Only the teachers of this cycle of subjects</source>
      <translation>Только учителя этого цикла предметов</translation>
    </message>
    <message>
      <source>All cycles</source>
      <translation>Все циклы</translation>
    </message>
    <message>
      <source>&amp;Show archived</source>
      <translation>Показать &amp;архивных</translation>
    </message>
    <message>
      <source>&amp;Add teacher</source>
      <translation>&amp;Добавить учителя</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>&amp;Изменить</translation>
    </message>
    <message>
      <source>Arc&amp;hive</source>
      <translation>&amp;В архив</translation>
    </message>
    <message>
      <source>&amp;Import from Excel…</source>
      <translation>Импорт из &amp;Excel…</translation>
    </message>
    <message>
      <source>Staff</source>
      <translation>Кадры</translation>
    </message>
    <message>
      <source>All subjects</source>
      <translation>Все предметы</translation>
    </message>
    <message>
      <source>&amp;Restore</source>
      <translation>Вос&amp;становить</translation>
    </message>
    <message>
      <source>Bring the teacher back from the archive</source>
      <translation>Вернуть учителя из архива</translation>
    </message>
    <message>
      <source>The teacher has left: keep the name in old protocols</source>
      <translation>Учитель уволился: ФИО сохранится в старых протоколах</translation>
    </message>
    <message>
      <source>No teachers yet: add them one by one (Ctrl+N) or import the staff list from Excel.</source>
      <translation>Учителей пока нет: добавьте их по одному (Ctrl+N) или импортируйте список сотрудников из Excel.</translation>
    </message>
    <message>
      <source>{shown} of {count} teachers shown, {archived} archived</source>
      <translation>Показано {shown} из {count}, в архиве: {archived}</translation>
    </message>
    <message>
      <source>{count} teachers, {archived} archived</source>
      <translation>Учителей: {count}, в архиве: {archived}</translation>
    </message>
    <message>
      <source>{name} is back on the staff.</source>
      <translation>{name}: снова в штате.</translation>
    </message>
    <message>
      <source>Move {name} to the archive? The name stays in old protocols; the teacher can be restored with «Show archived».</source>
      <translation>Перевести {name} в архив? ФИО сохранится в старых протоколах; учителя можно восстановить через «Показать архивных».</translation>
    </message>
    <message>
      <source>{name} was moved to the archive.</source>
      <translation>{name}: переведено в архив.</translation>
    </message>
    <message>
      <source>Import the staff list</source>
      <translation>Импорт списка сотрудников</translation>
    </message>
    <message>
      <source>Excel workbooks (*.xlsx *.xlsm);;All files (*)</source>
      <translation>Книги Excel (*.xlsx *.xlsm);;Все файлы (*)</translation>
    </message>
  </context>
  <context>
    <name>TeacherCard</name>
    <message>
      <source>&amp;Details</source>
      <translation>&amp;Сведения</translation>
    </message>
    <message>
      <source>&amp;Courses</source>
      <translation>&amp;Курсы</translation>
    </message>
    <message>
      <source>&amp;Attestation</source>
      <translation>&amp;Аттестация</translation>
    </message>
    <message>
      <source>&amp;Growth</source>
      <translation>&amp;Рост</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>Со&amp;хранить</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <source>Teacher: {name}</source>
      <translation>Учитель: {name}</translation>
    </message>
    <message>
      <source>New teacher</source>
      <translation>Новый учитель</translation>
    </message>
    <message>
      <source>e.g. higher, KNU, 2008</source>
      <translation>напр.: высшее, КНУ, 2008</translation>
    </message>
    <message>
      <source>S&amp;urname</source>
      <translation>&amp;Фамилия</translation>
    </message>
    <message>
      <source>&amp;Name</source>
      <translation>&amp;Имя</translation>
    </message>
    <message>
      <source>&amp;Patronymic</source>
      <translation>&amp;Отчество</translation>
    </message>
    <message>
      <source>Kyrgyz patronymics: Асан уулу / Асан кызы</source>
      <translation>Кыргызские отчества: Асан уулу / Асан кызы</translation>
    </message>
    <message>
      <source>&amp;Birth date</source>
      <translation>Дата &amp;рождения</translation>
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
      <source>Education</source>
      <translation>Образование</translation>
    </message>
    <message>
      <source>Speciality</source>
      <translation>Специальность</translation>
    </message>
    <message>
      <source>Honours</source>
      <translation>Награды и звания</translation>
    </message>
    <message>
      <source>Part-&amp;time</source>
      <translation>Со&amp;вместитель</translation>
    </message>
    <message>
      <source>The main job is in another place</source>
      <translation>Основное место работы — другое</translation>
    </message>
    <message>
      <source>&amp;Main subject</source>
      <translation>Основной &amp;предмет</translation>
    </message>
    <message>
      <source>&amp;Other subjects</source>
      <translation>&amp;Другие предметы</translation>
    </message>
    <message>
      <source>Categor&amp;y</source>
      <translation>Категори&amp;я</translation>
    </message>
    <message>
      <source>Category since</source>
      <translation>Категория присвоена</translation>
    </message>
    <message>
      <source>&amp;Experience since</source>
      <translation>Ста&amp;ж с</translation>
    </message>
    <message>
      <source>Class &amp;leadership</source>
      <translation>Классное р&amp;уководство</translation>
    </message>
    <message>
      <source>&amp;Hired</source>
      <translation>При&amp;нят(а) на работу</translation>
    </message>
    <message>
      <source>Enter or typing edits a cell, Delete clears it.</source>
      <translation>Enter или ввод текста — правка ячейки, Delete — очистка.</translation>
    </message>
    <message>
      <source>Course</source>
      <translation>Курс</translation>
    </message>
    <message>
      <source>Provider</source>
      <translation>Организатор</translation>
    </message>
    <message>
      <source>Hours</source>
      <translation>Часы</translation>
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
      <source>Certificate</source>
      <translation>Удостоверение</translation>
    </message>
    <message>
      <source>Add co&amp;urse</source>
      <translation>Добавить к&amp;урс</translation>
    </message>
    <message>
      <source>Remove course</source>
      <translation>Удалить курс</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Дата</translation>
    </message>
    <message>
      <source>Category given</source>
      <translation>Присвоенная категория</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Примечание</translation>
    </message>
    <message>
      <source>Add attes&amp;tation</source>
      <translation>Добавить а&amp;ттестацию</translation>
    </message>
    <message>
      <source>Remove attestation</source>
      <translation>Удалить аттестацию</translation>
    </message>
    <message>
      <source>Left on {date} (in the archive)</source>
      <translation>Дата увольнения: {date} (в архиве)</translation>
    </message>
    <message>
      <source>Experience on {date}: {years}</source>
      <translation>Стаж на {date}: {years}</translation>
    </message>
    <message>
      <source>{name} was saved.</source>
      <translation>{name}: сохранено.</translation>
    </message>
    <message>
      <source>Row {n}: {message}</source>
      <translation>Строка {n}: {message}</translation>
    </message>
  </context>
  <context>
    <name>TopicEditor</name>
    <message>
      <source>School's methodical theme: «{theme}»</source>
      <translation>Единая методическая тема школы: «{theme}»</translation>
    </message>
    <message>
      <source>The school's methodical theme of the year is not set (Settings → Years).</source>
      <translation>Методическая тема школы на учебный год не задана (Настройки → Учебные годы и четверти).</translation>
    </message>
    <message>
      <source>Usually 1 to 3 years, at most 5</source>
      <translation>Обычно 1–3 года, не более 5 лет</translation>
    </message>
    <message>
      <source>for</source>
      <translation>на</translation>
    </message>
    <message>
      <source>year(s)</source>
      <translation>г.</translation>
    </message>
    <message>
      <source>&amp;Teacher</source>
      <translation>&amp;Учитель</translation>
    </message>
    <message>
      <source>T&amp;opic</source>
      <translation>&amp;Тема</translation>
    </message>
    <message>
      <source>Link to the school's t&amp;heme</source>
      <translation>&amp;Связь с темой школы</translation>
    </message>
    <message>
      <source>&amp;Goal</source>
      <translation>&amp;Цель</translation>
    </message>
    <message>
      <source>Tas&amp;ks</source>
      <translation>&amp;Задачи</translation>
    </message>
    <message>
      <source>&amp;First year</source>
      <translation>&amp;Первый год</translation>
    </message>
    <message>
      <source>Topic of {name}</source>
      <translation>Тема самообразования: {name}</translation>
    </message>
    <message>
      <source>New self-development topic</source>
      <translation>Новая тема самообразования</translation>
    </message>
    <message>
      <source>Stages</source>
      <translation>Этапы</translation>
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
      <source>Results shown as</source>
      <translation>Форма представления результатов</translation>
    </message>
    <message>
      <source>Shown</source>
      <translation>Представлено</translation>
    </message>
    <message>
      <source>What: an open lesson in 7А, a report at the meeting…</source>
      <translation>Что: открытый урок в 7А, доклад на заседании…</translation>
    </message>
    <message>
      <source>&amp;Add</source>
      <translation>&amp;Добавить</translation>
    </message>
    <message>
      <source>Remo&amp;ve</source>
      <translation>Уда&amp;лить</translation>
    </message>
    <message>
      <source>Write what was shown.</source>
      <translation>Укажите, что представлено.</translation>
    </message>
    <message>
      <source>until {year}</source>
      <translation>до {year} учебного года</translation>
    </message>
    <message>
      <source>{year} is year {n} of {total}</source>
      <translation>{year} — {n}-й год из {total}</translation>
    </message>
    <message>
      <source>The topic of {name} was saved.</source>
      <translation>{name}: тема сохранена.</translation>
    </message>
  </context>
  <context>
    <name>TopicsTab</name>
    <message>
      <source>Teacher</source>
      <translation>Учитель</translation>
    </message>
    <message>
      <source>Topic</source>
      <translation>Тема</translation>
    </message>
    <message>
      <source>Years</source>
      <translation>Годы</translation>
    </message>
    <message>
      <source>Results shown as</source>
      <translation>Форма представления результатов</translation>
    </message>
    <message>
      <source>Shown this year</source>
      <translation>Представлено в этом году</translation>
    </message>
    <message>
      <source>&amp;New topic</source>
      <translation>&amp;Новая тема</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>&amp;Изменить</translation>
    </message>
    <message>
      <source>Ca&amp;rry over</source>
      <translation>Про&amp;длить</translation>
    </message>
    <message>
      <source>The topic goes on for one more academic year</source>
      <translation>Продлить тему ещё на один учебный год</translation>
    </message>
    <message>
      <source>Record s&amp;hown…</source>
      <translation>Отметить &amp;представленное…</translation>
    </message>
    <message>
      <source>What the teacher showed of the topic this year: an open lesson, a report…</source>
      <translation>Что учитель представил по теме в этом году: открытый урок, доклад…</translation>
    </message>
    <message>
      <source>De&amp;lete</source>
      <translation>Уда&amp;лить</translation>
    </message>
    <message>
      <source>The list of topics by association, as a Word document</source>
      <translation>Список тем по объединениям в виде документа Word</translation>
    </message>
    <message>
      <source>The list of topics by association, as an Excel workbook</source>
      <translation>Список тем по объединениям в виде книги Excel</translation>
    </message>
    <message>
      <source>Topics list:</source>
      <translation>Список тем:</translation>
    </message>
    <message>
      <source>{count} topics in {year}; something shown this year: {shown}</source>
      <translation>Тем в {year} учебном году: {count}; с результатами, представленными в этом году: {shown}</translation>
    </message>
    <message>
      <source>one year</source>
      <translation>один год</translation>
    </message>
    <message>
      <source>year {n} of {total}</source>
      <translation>{n}-й год из {total}</translation>
    </message>
    <message>
      <source>«{topic}» goes on until {year}.</source>
      <translation>Тема «{topic}» продлена до {year} учебного года.</translation>
    </message>
    <message>
      <source>{name}: «{topic}»</source>
      <translation>{name}: «{topic}»</translation>
    </message>
    <message>
      <source>Delete the topic «{topic}» of {name}? What was shown of it is deleted too.</source>
      <translation>Удалить тему «{topic}» ({name})? Записи о представленных результатах тоже будут удалены.</translation>
    </message>
    <message>
      <source>Delete the topic «{topic}»</source>
      <translation>Удаление темы «{topic}»</translation>
    </message>
    <message>
      <source>The topic «{topic}» was deleted (Ctrl+Z brings it back).</source>
      <translation>Тема «{topic}» удалена (Ctrl+Z вернёт её).</translation>
    </message>
    <message>
      <source>Self-development topics {year} ({lang})</source>
      <translation>Темы самообразования {year} ({lang})</translation>
    </message>
    <message>
      <source>Save the list of topics</source>
      <translation>Сохранить список тем</translation>
    </message>
  </context>
  <context>
    <name>Undo</name>
    <message>
      <source>Delete «{event}»</source>
      <translation>Удаление «{event}»</translation>
    </message>
    <message>
      <source>Change «{event}»</source>
      <translation>Изменение «{event}»</translation>
    </message>
    <message>
      <source>Undone</source>
      <translation>Отменено</translation>
    </message>
    <message>
      <source>Change {name}</source>
      <translation>Изменение: {name}</translation>
    </message>
    <message>
      <source>Archive {name}</source>
      <translation>В архив: {name}</translation>
    </message>
    <message>
      <source>Restore {name}</source>
      <translation>Из архива: {name}</translation>
    </message>
    <message>
      <source>Add «{event}»</source>
      <translation>Добавить «{event}»</translation>
    </message>
  </context>
  <context>
    <name>VisitEditor</name>
    <message>
      <source>&amp;Who visited</source>
      <translation>&amp;Кто посетил</translation>
    </message>
    <message>
      <source>W&amp;hose lesson</source>
      <translation>&amp;Чей урок</translation>
    </message>
    <message>
      <source>&amp;Date</source>
      <translation>&amp;Дата</translation>
    </message>
    <message>
      <source>&amp;Class</source>
      <translation>К&amp;ласс</translation>
    </message>
    <message>
      <source>&amp;Purpose</source>
      <translation>&amp;Цель</translation>
    </message>
    <message>
      <source>&amp;Notes</source>
      <translation>&amp;Примечания</translation>
    </message>
    <message>
      <source>Visit to a lesson</source>
      <translation>Посещение урока</translation>
    </message>
    <message>
      <source>New visit to a lesson</source>
      <translation>Новое посещение урока</translation>
    </message>
    <message>
      <source>The visit of {visitor} to {visited} on {date} was saved.</source>
      <translation>Посещение сохранено: {visitor} → {visited}, {date}.</translation>
    </message>
  </context>
  <context>
    <name>VisitsTab</name>
    <message>
      <source>Date</source>
      <translation>Дата</translation>
    </message>
    <message>
      <source>Visitor</source>
      <translation>Кто посетил</translation>
    </message>
    <message>
      <source>Visited</source>
      <translation>Чей урок</translation>
    </message>
    <message>
      <source>Class</source>
      <translation>Класс</translation>
    </message>
    <message>
      <source>Purpose</source>
      <translation>Цель</translation>
    </message>
    <message>
      <source>&amp;New visit</source>
      <translation>&amp;Новое посещение</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>&amp;Изменить</translation>
    </message>
    <message>
      <source>De&amp;lete</source>
      <translation>Уда&amp;лить</translation>
    </message>
    <message>
      <source>Rows: who visited; columns: whose lesson. Enter adds a visit for the cell.</source>
      <translation>Строки — кто посетил, столбцы — чей урок. Enter добавляет посещение для ячейки.</translation>
    </message>
    <message>
      <source>Who visited &amp;whom</source>
      <translation>Кто &amp;кого посетил</translation>
    </message>
    <message>
      <source>Enter adds a visit for this teacher</source>
      <translation>Enter добавляет посещение для этого учителя</translation>
    </message>
    <message>
      <source>Nobod&amp;y visited their lessons: {count}</source>
      <translation>У&amp;роки не посещались: {count}</translation>
    </message>
    <message>
      <source>Visited no &amp;one: {count}</source>
      <translation>Никого не &amp;посетили: {count}</translation>
    </message>
    <message>
      <source>{count} visits in {year}</source>
      <translation>Посещений в {year} учебном году: {count}</translation>
    </message>
    <message>
      <source>Delete the visit of {visitor} to the lesson of {visited} on {date}?</source>
      <translation>Удалить посещение: {visitor} → {visited}, {date}?</translation>
    </message>
    <message>
      <source>Delete the visit of {visitor} to {visited}</source>
      <translation>Удаление посещения: {visitor} → {visited}</translation>
    </message>
    <message>
      <source>The visit was deleted (Ctrl+Z brings it back).</source>
      <translation>Посещение удалено (Ctrl+Z вернёт его).</translation>
    </message>
  </context>
  <context>
    <name>WorkflowPanel</name>
    <message>
      <source>Review and approval</source>
      <translation>Рассмотрение и утверждение</translation>
    </message>
    <message>
      <source>Re&amp;viewed at a meeting…</source>
      <translation>&amp;Рассмотрено на заседании…</translation>
    </message>
    <message>
      <source>The council (an association: its own meeting) reviewed the plan</source>
      <translation>План рассмотрен методическим советом (план объединения — на заседании объединения)</translation>
    </message>
    <message>
      <source>A&amp;greed with the deputy…</source>
      <translation>&amp;Согласовано с заместителем…</translation>
    </message>
    <message>
      <source>An association's plan is agreed with the deputy director</source>
      <translation>План объединения согласуется с заместителем директора</translation>
    </message>
    <message>
      <source>&amp;Approve…</source>
      <translation>&amp;Утвердить…</translation>
    </message>
    <message>
      <source>The director approved the plan: the date and the order number</source>
      <translation>Директор утвердил план: дата и номер приказа</translation>
    </message>
    <message>
      <source>The language of the document</source>
      <translation>Язык документа</translation>
    </message>
    <message>
      <source>Plan .doc&amp;x…</source>
      <translation>План .doc&amp;x…</translation>
    </message>
    <message>
      <source>The plan as a Word document, with the approval header</source>
      <translation>План документом Word, с грифом утверждения</translation>
    </message>
    <message>
      <source>Plan .xl&amp;sx…</source>
      <translation>План .xl&amp;sx…</translation>
    </message>
    <message>
      <source>The plan as an Excel workbook</source>
      <translation>План книгой Excel</translation>
    </message>
    <message>
      <source>A&amp;mendments after approval</source>
      <translation>&amp;Изменения после утверждения</translation>
    </message>
    <message>
      <source>Lang&amp;uage</source>
      <translation>&amp;Язык</translation>
    </message>
    <message>
      <source>Choose one plan (above) to review, approve or print it.</source>
      <translation>Выберите один план (вверху), чтобы рассмотреть, утвердить или распечатать его.</translation>
    </message>
    <message>
      <source>Draft: not reviewed yet.</source>
      <translation>Проект: ещё не рассмотрен.</translation>
    </message>
    <message>
      <source>Reviewed at the meeting of the methodical council № {number} of {day}.</source>
      <translation>Рассмотрен на заседании методического совета № {number} от {day}.</translation>
    </message>
    <message>
      <source>Reviewed at the association's meeting № {number} of {day}.</source>
      <translation>Рассмотрен на заседании объединения № {number} от {day}.</translation>
    </message>
    <message>
      <source>Agreed with the deputy on {day}.</source>
      <translation>Согласован с заместителем {day}.</translation>
    </message>
    <message>
      <source>Approved by the director on {day}, order № {order}.</source>
      <translation>Утверждён директором {day}, приказ № {order}.</translation>
    </message>
    <message>
      <source>Approved by the director on {day}.</source>
      <translation>Утверждён директором {day}.</translation>
    </message>
    <message>
      <source>Every change of an item now asks for its reason and is listed on the right.</source>
      <translation>Теперь каждое изменение пункта требует причины и записывается в список справа.</translation>
    </message>
    <message>
      <source>№ {number} of {day}</source>
      <translation>№ {number} от {day}</translation>
    </message>
    <message>
      <source>The plan is marked as reviewed.</source>
      <translation>План отмечен как рассмотренный.</translation>
    </message>
    <message>
      <source>The plan is approved.</source>
      <translation>План утверждён.</translation>
    </message>
    <message>
      <source>Unified plan {year}</source>
      <translation>Единый план {year}</translation>
    </message>
    <message>
      <source>Work plan {name} {year}</source>
      <translation>План работы {name} {year}</translation>
    </message>
    <message>
      <source>Word documents (*.docx)</source>
      <translation>Документы Word (*.docx)</translation>
    </message>
    <message>
      <source>Excel workbooks (*.xlsx)</source>
      <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
      <source>Save the plan</source>
      <translation>Сохранить план</translation>
    </message>
    <message>
      <source>Saved: {path}</source>
      <translation>Сохранено: {path}</translation>
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
      <source>The dates of the terms are set every year by the ministry's order: enter them as the order says. A date in the holidays belongs to no term.</source>
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