<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="zh_CN">
    <context>
        <name>About</name>
        <message>
            <location filename="../../desktop/views/help_dialog.py" />
            <source>未打开数据库</source>
            <translation>No database open</translation>
        </message>
        <message>
            <location filename="../../desktop/views/help_dialog.py" />
            <source>督办台 Duban {0}
改革攻坚任务督办：任务、日历、人员、指标。

数据库：{1}
架构版本：{2}

Qt {3}，PySide6 {4}，Python {5}</source>
            <translation>Duban {0}
Reform task supervision: tasks, calendar, people, quotas.

Database: {1}
Schema revision: {2}

Qt {3}, PySide6 {4}, Python {5}</translation>
        </message>
    </context>
    <context>
        <name>Backup</name>
        <message>
            <location filename="../../desktop/db/backup/restore.py" />
            <source>{0} 不是 SQLite 数据库，督办台不会覆盖它。请恢复到一个新的文件名。</source>
            <translation>{0} is not an SQLite database; Duban will not overwrite it. Please restore to a new file name.</translation>
        </message>
        <message>
            <location filename="../../desktop/db/backup/errors.py" />
            <source>{0} 不是文件夹，无法在其中保存备份。请换一个备份文件夹。</source>
            <translation>{0} is not a folder; backups cannot be saved in it. Please choose another backup folder.</translation>
        </message>
        <message>
            <location filename="../../desktop/db/check.py" />
            <source>{0} 处外键引用的记录不存在</source>
            <translation>{0} foreign key reference(s) to records that do not exist</translation>
        </message>
        <message>
            <location filename="../../desktop/db/backup/errors.py" />
            <source>{0} 已损坏到无法写入，请恢复到一个新的文件名。</source>
            <translation>{0} is too damaged to write to; please restore to a new file name.</translation>
        </message>
        <message>
            <location filename="../../desktop/db/backup/errors.py" />
            <source>{0} 已损坏，无法备份。请从更早的备份恢复。</source>
            <translation>{0} is damaged and cannot be backed up. Please restore it from an earlier backup.</translation>
        </message>
        <message>
            <location filename="../../desktop/db/backup/errors.py" />
            <source>{0} 所在的磁盘已满，没有恢复，数据没有改动。请清理磁盘空间后再试。</source>
            <translation>The disk of {0} is full; nothing was restored and the data is unchanged. Free some disk space and try again.</translation>
        </message>
        <message>
            <location filename="../../desktop/db/backup/errors.py" />
            <source>{0} 旁边有一次未完成的保存留下的日志文件（-journal），需要先由 SQLite 回滚才能读取。请不要删除这个日志文件；在没有其他电脑保存时用督办台打开数据库一次，然后再备份。</source>
            <translation>Next to {0} is a journal file (-journal) left by an unfinished save; SQLite must roll it back before the file can be read. Do not delete the journal file; open the database once in Duban while no other PC is saving, then back it up again.</translation>
        </message>
        <message>
            <location filename="../../desktop/db/backup/restore.py" />
            <source>{0} 是一个文件夹，不能恢复到这里。</source>
            <translation>{0} is a folder; nothing can be restored there.</translation>
        </message>
        <message>
            <location filename="../../desktop/db/backup/restore.py" />
            <source>{0} 是其他程序的数据库，督办台不会覆盖它。请恢复到一个新的文件名。</source>
            <translation>{0} is another program's database; Duban will not overwrite it. Please restore to a new file name.</translation>
        </message>
        <message>
            <location filename="../../desktop/db/backup/errors.py" />
            <source>{0} 是只读的，不能恢复。请检查文件属性或网络共享的写入权限。</source>
            <translation>{0} is read-only and cannot be restored. Please check the file's attributes or the network share's write permission.</translation>
        </message>
        <message>
            <location filename="../../desktop/db/backup/restore.py" />
            <source>{0} 是空的，不是督办台的备份。</source>
            <translation>{0} is empty; it is not a Duban backup.</translation>
        </message>
        <message>
            <location filename="../../desktop/db/backup/errors.py" />
            <source>{0} 正被其他电脑占用，没有恢复，数据没有改动。请稍后再试。</source>
            <translation>{0} is busy on another PC; nothing was restored and the data is unchanged. Please try again later.</translation>
        </message>
        <message>
            <location filename="../../desktop/db/backup/restore.py" />
            <source>{0} 正被其他电脑打开：{1}。恢复会替换他们正在使用的数据，请等他们关闭督办台后再恢复（确实需要时，可在命令行加 --force）。</source>
            <translation>{0} is open on other PCs: {1}. Restoring would replace the data they are using; wait until they have closed Duban (if you really must, add --force on the command line).</translation>
        </message>
        <message>
            <location filename="../../desktop/db/backup/errors.py" />
            <source>{0} 正被其他电脑长时间占用，无法读取。请稍后再备份。</source>
            <translation>{0} has been busy on another PC for a long time and cannot be read. Please back it up later.</translation>
        </message>
        <message>
            <location filename="../../desktop/db/backup/make.py" />
            <source>{0} 的备份没有通过检查（{1}），已删除这份备份。数据库本身可能已损坏：请用 duban check 检查它，或从更早的备份恢复。</source>
            <translation>The backup of {0} failed its check ({1}) and was deleted. The database itself may be damaged: check it with duban check, or restore it from an earlier backup.</translation>
        </message>
        <message>
            <location filename="../../desktop/db/presence.py" />
            <source>{0}（计算机 {1}，进程 {2}，{3} 打开，最近心跳 {4}）</source>
            <translation>{0} (computer {1}, process {2}, opened {3}, last heartbeat {4})</translation>
        </message>
        <message>
            <location filename="../../desktop/db/backup/restore.py" />
            <source>{0}：{1} 没有恢复，文件没有改动；请用更新版本的督办台恢复它。</source>
            <translation>{0}: {1} It was not restored and the file is unchanged; please restore it with a newer Duban.</translation>
        </message>
        <message>
            <location filename="../../desktop/db/check.py" />
            <source>不是督办台的数据库文件</source>
            <translation>Not a Duban database file</translation>
        </message>
        <message>
            <location filename="../../desktop/db/backup/restore.py" />
            <source>备份 {0} 不能由这个版本的督办台恢复：{1}</source>
            <translation>The backup {0} cannot be restored by this version of Duban: {1}</translation>
        </message>
        <message>
            <location filename="../../desktop/db/backup/restore.py" />
            <source>备份 {0} 是另一个数据库的备份，不是 {1} 的。请选择这个数据库自己的备份（确实要用它替换时，可在命令行加 --force）。</source>
            <translation>The backup {0} belongs to another database, not to {1}. Please choose this database's own backup (to replace it with this one anyway, add --force on the command line).</translation>
        </message>
        <message>
            <location filename="../../desktop/db/backup/restore.py" />
            <source>备份 {0} 没有通过检查（{1}），不能用它恢复。请选择另一份备份。</source>
            <translation>The backup {0} failed its check ({1}) and cannot be used to restore. Please choose another backup.</translation>
        </message>
        <message>
            <location filename="../../desktop/db/backup/restore.py" />
            <source>备份 {0} 由更新版本的督办台创建（架构版本 {1}）。请先升级督办台再恢复它。</source>
            <translation>The backup {0} was made by a newer Duban (schema revision {1}). Please upgrade Duban before restoring it.</translation>
        </message>
        <message>
            <location filename="../../desktop/db/backup/errors.py" />
            <source>备份文件夹 {0} 所在的磁盘已满，备份没有保存。请清理磁盘空间，或在设置中换一个备份文件夹。数据库本身没有改动。</source>
            <translation>The disk of the backup folder {0} is full; the backup was not saved. Free some disk space or choose another backup folder in the settings. The database itself is unchanged.</translation>
        </message>
        <message>
            <location filename="../../desktop/db/backup/restore.py" />
            <source>恢复后的 {0} 没有通过检查（{1}）。恢复前的数据保存在 {2}。</source>
            <translation>The restored {0} failed its check ({1}). The data from before the restore is in {2}.</translation>
        </message>
        <message>
            <location filename="../../desktop/db/backup/restore.py" />
            <source>文件夹 {0} 不存在。请先创建它或换一个位置。</source>
            <translation>The folder {0} does not exist. Create it first or choose another location.</translation>
        </message>
        <message>
            <location filename="../../desktop/db/backup/restore.py" />
            <source>无法先把 {0} 的当前数据另存为备份（{1}），所以没有恢复。确实要恢复且不保留当前数据时，可在命令行加 --force。</source>
            <translation>The current data of {0} could not be saved as a backup first ({1}), so nothing was restored. To restore anyway without keeping the current data, add --force on the command line.</translation>
        </message>
        <message>
            <location filename="../../desktop/db/backup/errors.py" />
            <source>无法写入 {0}（{1}）。网络驱动器可能已断开，请检查网络连接后再试。</source>
            <translation>Cannot write {0} ({1}). The network drive may be disconnected; please check the network connection and try again.</translation>
        </message>
        <message>
            <location filename="../../desktop/db/backup/errors.py" />
            <source>无法在备份文件夹 {0} 中保存备份（{1}）。请检查这个文件夹，或换一个备份文件夹。</source>
            <translation>Cannot save a backup in the backup folder {0} ({1}). Please check this folder or choose another backup folder.</translation>
        </message>
        <message>
            <location filename="../../desktop/db/backup/errors.py" />
            <source>无法读取 {0}（{1}）。网络驱动器可能已断开，请检查网络连接后再试。</source>
            <translation>Cannot read {0} ({1}). The network drive may be disconnected; please check the network connection and try again.</translation>
        </message>
        <message>
            <location filename="../../desktop/db/backup/restore.py" />
            <source>无法读取 {0}：{1}。请检查文件权限或网络连接。</source>
            <translation>Cannot read {0}: {1}. Please check the file permissions or the network connection.</translation>
        </message>
        <message>
            <location filename="../../desktop/db/backup/errors.py" />
            <source>没有写入备份文件夹 {0} 的权限，备份没有保存。请检查文件夹权限，或在设置中换一个备份文件夹。数据库本身没有改动。</source>
            <translation>No permission to write to the backup folder {0}; the backup was not saved. Check the folder's permissions or choose another backup folder in the settings. The database itself is unchanged.</translation>
        </message>
    </context>
    <context>
        <name>Briefing</name>
        <message>
            <location filename="../../desktop/services/briefing/quota_part.py" />
            <source>{0} {1}/{2}</source>
            <translation>{0} {1}/{2}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing/parts.py" />
            <source>{0}/{1}（{2}%）</source>
            <translation>{0}/{1} ({2}%)</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing/quota_part.py" />
            <source>{0}–{1}月</source>
            <translation>months {0}–{1}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing/period.py" />
            <source>{0}年{1}月</source>
            <translation>{1}/{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing/period.py" />
            <source>{0}年第{1}季度</source>
            <translation>Q{1} {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing/verdicts.py" />
            <source>{0}按期报送了所牵头任务 {1} 的进展。</source>
            <translation>{0} reported on time on the tasks it leads: {1}.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing/quota_part.py" />
            <source>{0}月</source>
            <translation>month {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing/parts.py" />
            <source>{0}未报送 {1} 的进展</source>
            <translation>{0}: no report on {1}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing/verdicts.py" />
            <source>{0}未报送所牵头任务 {1} 的进展。</source>
            <translation>{0} did not report on the tasks it leads: {1}.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing/parts.py" />
            <source>{0}（{1} 至 {2}）</source>
            <translation>{0} ({1} to {2})</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing/parts.py" />
            <source>{0}（{1}）</source>
            <translation>{0} ({1})</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing/quota_part.py" />
            <source>{0}（{1}）：{2}</source>
            <translation>{0} ({1}): {2}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing_document.py" />
            <source>{0}：{1}。</source>
            <translation>{0}: {1}.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing/period.py" />
            <source>“{0}”中的月份 {1} 不存在：月份应在 1–12 之间。</source>
            <translation>"{0}": there is no month {1}; months are 1–12.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing/period.py" />
            <source>一</source>
            <translation>1</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing/period.py" />
            <source>三</source>
            <translation>3</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing/parts.py" />
            <source>个百分点</source>
            <translation>percentage points</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing_document.py" />
            <source>事项</source>
            <translation>Item</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing/period.py" />
            <source>二</source>
            <translation>2</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing_document.py" />
            <source>任务</source>
            <translation>Task</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing_document.py" />
            <source>任务推进情况</source>
            <translation>Tasks</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing/parts.py" />
            <source>任务期限</source>
            <translation>Task deadline</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing/verdicts.py" />
            <source>先进、后进只按以上规则判断，不按报送条数等工作量排名；两者都不符合的科室不列入。</source>
            <translation>The leading and lagging lists follow only the rules above, never counts of activity; a section that fits neither is not listed.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing_document.py" />
            <source>先进与后进</source>
            <translation>Leading and lagging</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing/verdicts.py" />
            <source>先进：本期各月按期报送了所牵头任务的进展，没有逾期事项，到期的宣传指标全部完成。</source>
            <translation>Leading: reported on its tasks every month of the period, nothing overdue, every publicity quota due met.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing_document.py" />
            <source>共有改革攻坚任务 {0} 项</source>
            <translation>{0} reform tasks</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing_document.py" />
            <source>共有督办任务 {0} 项（改革攻坚任务 {1} 项，领导批示、会议纪要等计划外任务 {2} 项）</source>
            <translation>{0} supervised tasks ({1} reform tasks of the plan, {2} from outside it: leaders' instructions, meeting decisions and the like)</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing_document.py" />
            <source>关于{0}改革攻坚任务推进情况的通报</source>
            <translation>Briefing on the reform tasks, {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing_document.py" />
            <source>准备情况</source>
            <translation>Preparation</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing/verdicts.py" />
            <source>到期的宣传指标全部完成（应报 {0}，已报 {1}）。</source>
            <translation>Every publicity quota due is met (required {0}, reported {1}).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing_document.py" />
            <source>各科室均按时报送了进展。</source>
            <translation>Every section reported on time.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing/verdicts.py" />
            <source>后进：本期有一个月未报送进展，或有逾期事项，或有宣传指标未完成（任一即是）。</source>
            <translation>Lagging: missed a month's report, has overdue items, or is short of a publicity quota (any one).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing/period.py" />
            <source>四</source>
            <translation>4</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing/parts.py" />
            <location filename="../../desktop/services/briefing_document.py" />
            <source>备检</source>
            <translation>Preparation</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing_document.py" />
            <source>完成情况</source>
            <translation>Completion</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing/__init__.py" />
            <source>定期通报（{0}）</source>
            <translation>Periodic briefing ({0})</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing_document.py" />
            <source>审批</source>
            <translation>Decision</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing/verdicts.py" />
            <source>宣传指标未完成：{0}。</source>
            <translation>Publicity quotas short: {0}.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing_document.py" />
            <source>宣传推广指标完成情况</source>
            <translation>Publicity quotas</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing/parts.py" />
            <source>尚无报送的数值</source>
            <translation>no value reported yet</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing_document.py" />
            <source>局各科室、局属各单位：</source>
            <translation>All sections and units of the bureau:</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing/parts.py" />
            <source>已备检</source>
            <translation>Prepared</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing_document.py" />
            <source>已报</source>
            <translation>Reported</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing/parts.py" />
            <source>序时目标 {0}{1}，实际 {2}{1}</source>
            <translation>planned to date {0}{1}, actual {2}{1}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing/parts.py" />
            <source>序时目标 {0}{1}，尚无实际值</source>
            <translation>planned to date {0}{1}, nothing reported yet</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing/parts.py" />
            <source>序时进度：{0}</source>
            <translation>Trajectory: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing_document.py" />
            <source>应报</source>
            <translation>Required</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing/quota_part.py" />
            <source>应报 {0}，已报 {1}</source>
            <translation>required {0}, reported {1}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing_document.py" />
            <source>延期情况</source>
            <translation>Deadline extensions</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing_document.py" />
            <source>总体情况</source>
            <translation>Overview</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing_document.py" />
            <source>截至{0}，{1}：红灯 {2} 项、黄灯 {3} 项、绿灯 {4} 项、无灯 {5} 项；逾期事项 {6} 项；{7} 个科室未按时报送进展；本期签发督办单 {8} 份，已回复 {9} 份；宣传推广指标已完成 {10} 项、欠缺 {11} 项、未到期 {12} 项。</source>
            <translation>As of {0}: {1}, {2} red, {3} yellow, {4} green, {5} without a light; {6} overdue items; {7} sections did not report on time; {8} notices issued this period, {9} answered; publicity quotas {10} met, {11} short, {12} not yet due.</translation>
        </message>
        <message>
            <source>截至{0}，共有改革攻坚任务 {1} 项：红灯 {2} 项、黄灯 {3} 项、绿灯 {4} 项、无灯 {5} 项；逾期事项 {6} 项；{7} 个科室未按时报送进展；本期签发督办单 {8} 份，已回复 {9} 份；宣传推广指标已完成 {10} 项、欠缺 {11} 项、未到期 {12} 项。</source>
            <translation type="vanished">As of {0}: {1} reform tasks, {2} red, {3} yellow, {4} green, {5} without a light; {6} overdue items; {7} sections did not report on time; {8} notices issued this period, {9} answered; publicity quotas {10} met, {11} short, {12} not yet due.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing/__init__.py" />
            <source>找不到这个计划，可能已在另一台电脑上删除。请重新打开数据库。</source>
            <translation>This plan cannot be found; it may have been deleted on another PC. Open the database again.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing_document.py" />
            <source>指标</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing_document.py" />
            <source>措施完成</source>
            <translation>Measures done</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing_document.py" />
            <source>措施或节点</source>
            <translation>Measure or milestone</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing/parts.py" />
            <source>措施期限</source>
            <translation>Measure deadline</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing_document.py" />
            <source>改革攻坚落实事项</source>
            <translation>Reform item</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing_document.py" />
            <source>数值目标</source>
            <translation>Numeric targets</translation>
        </message>
        <message>
            <source>文件 {0} 已存在。督办台不会覆盖已有文件；请换一个文件名，或先移走旧文件。</source>
            <translation type="vanished">The file {0} exists. Duban does not overwrite files; choose another name or move the old file first.</translation>
        </message>
        <message>
            <source>文件夹 {0} 不存在。请先创建它或换一个位置。</source>
            <translation type="vanished">The folder {0} does not exist. Create it first or choose another place.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing_document.py" />
            <source>无。</source>
            <translation>None.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing/parts.py" />
            <source>无措施</source>
            <translation>no measures</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing/period.py" />
            <source>无法识别通报期间“{0}”。请写月份（如 2022-06）或季度（如 2022-Q2）。</source>
            <translation>Cannot read the period "{0}". Write a month (e.g. 2022-06) or a quarter (e.g. 2022-Q2).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing/parts.py" />
            <source>时间节点</source>
            <translation>Milestone</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing/parts.py" />
            <source>最新 {0}{1}（{2}）</source>
            <translation>latest {0}{1} ({2})</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing_document.py" />
            <source>最近审核通过的进展</source>
            <translation>Last accepted report</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing/verdicts.py" />
            <source>有 {0} 项逾期未完成，最长的“{1}”已逾期 {2} 个工作日。</source>
            <translation>{0} items overdue; the longest, "{1}", by {2} working days.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing_document.py" />
            <source>期限</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing/parts.py" />
            <source>未备检</source>
            <translation>Not prepared</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing/parts.py" />
            <source>未备检（{0}：{1}）</source>
            <translation>Not prepared ({0}: {1})</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing/parts.py" />
            <source>未定目标值</source>
            <translation>no target set</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing/verdicts.py" />
            <source>本期没有到期的宣传指标。</source>
            <translation>No publicity quota falls due in this period.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing/quota_part.py" />
            <source>本期没有到期的要求</source>
            <translation>nothing due in this period</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing_document.py" />
            <source>本期没有批准的延期申请。</source>
            <translation>No extension was approved in this period.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing_document.py" />
            <source>本期没有科室同时做到按时报送、无逾期事项、宣传指标全部完成。</source>
            <translation>No section reported on time, had nothing overdue and met every quota this period.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing_document.py" />
            <source>本期没有签发督办单。</source>
            <translation>No notices were issued this period.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing/verdicts.py" />
            <source>本期没有须报送进展的牵头任务。</source>
            <translation>No led task needed a report this period.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing_document.py" />
            <source>本计划尚无任务。</source>
            <translation>The plan has no tasks yet.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing_document.py" />
            <source>本计划没有宣传推广指标。</source>
            <translation>The plan has no publicity quotas.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing_document.py" />
            <source>本计划没有数值目标。</source>
            <translation>The plan has no numeric targets.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing/verdicts.py" />
            <location filename="../../desktop/services/briefing_document.py" />
            <source>没有逾期事项。</source>
            <translation>Nothing is overdue.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing_document.py" />
            <source>灯</source>
            <translation>Light</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing_document.py" />
            <source>牵头科室</source>
            <translation>Lead section</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing_document.py" />
            <source>现将{0}改革攻坚任务推进情况通报如下：</source>
            <translation>The progress of the reform tasks in {0} is as follows:</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing_document.py" />
            <source>申请科室</source>
            <translation>Requesting section</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing/parts.py" />
            <source>目标 {0}{1}</source>
            <translation>target {0}{1}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing_document.py" />
            <source>目标与实际</source>
            <translation>Target and actual</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing_document.py" />
            <source>督办情况</source>
            <translation>Supervision notices</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing_document.py" />
            <source>督查事项</source>
            <translation>Inspection</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing_document.py" />
            <source>督查时间</source>
            <translation>When</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing_document.py" />
            <source>科室</source>
            <translation>Section</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing/parts.py" />
            <source>签发督办单 {0} 份，已回复 {1} 份</source>
            <translation>{0} notices issued, {1} answered</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing_document.py" />
            <source>类别</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing_document.py" />
            <source>编号</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing_document.py" />
            <source>请各科室对照通报，逾期事项抓紧办结，未报送的及时补报，需要加快进度的科室认真分析原因、落实整改。</source>
            <translation>Sections are asked to finish overdue items promptly, send missing reports, and, where progress lags, find the causes and put them right.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing_document.py" />
            <source>近两个月没有督查。</source>
            <translation>No inspection in the next two months.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing_document.py" />
            <source>近期督查与迎检准备</source>
            <translation>Inspections coming up</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing/verdicts.py" />
            <source>进展只计截至通报日已审核通过的，督办单只计截至通报日已回复的；任务办结和措施完成按生成本通报时的记录。</source>
            <translation>Only reports accepted and notices answered by the briefing's day are counted; completed tasks and measures are as recorded when this briefing was made.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing_document.py" />
            <source>进展报送情况</source>
            <translation>Reporting</translation>
        </message>
        <message>
            <source>通报只能保存为 .docx（Word）或 .pdf：{0}</source>
            <translation type="vanished">A briefing is saved as .docx (Word) or .pdf only: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing/__init__.py" />
            <source>通报日期 {0} 早于所通报的期间（自 {1} 起）。</source>
            <translation>The briefing date {0} is before the period it covers (from {1}).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing/period.py" />
            <source>通报期间 {0} 至 {1} 不在本计划的年度（{2}年）之内，请选择 {2} 年的月份或季度。</source>
            <translation>The period {0} to {1} is outside the plan's year ({2}); choose a month or quarter of {2}.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing/period.py" />
            <source>通报期间应为整月或整季度（如 2022-06 或 2022-Q2），{0} 至 {1} 不是。</source>
            <translation>The period must be a whole month or quarter (e.g. 2022-06 or 2022-Q2); {0} to {1} is not.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing_document.py" />
            <source>逾期</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing/parts.py" />
            <source>逾期 {0} 个工作日（期限 {1}）</source>
            <translation>{0} working days late (deadline {1})</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing_document.py" />
            <source>逾期事项</source>
            <translation>Overdue items</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing/verdicts.py" />
            <source>逾期事项只计任务、措施、时间节点和备检，按工作日计；宣传指标只在完成情况中计一次。</source>
            <translation>Overdue items count tasks, measures, milestones and preparations, in working days; publicity quotas count once, under their completion.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing_document.py" />
            <source>（一）先进科室</source>
            <translation>(1) Leading sections</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing_document.py" />
            <source>（二）需要加快进度的科室</source>
            <translation>(2) Sections to speed up</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing/parts.py" />
            <source>（尚无审核通过的进展）</source>
            <translation>(no accepted report yet)</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing/parts.py" />
            <source>（未定）</source>
            <translation>(not set)</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing/parts.py" />
            <source>，为目标的 {0}%</source>
            <translation>, {0}% of target</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing/quota_part.py" />
            <source>，全部完成</source>
            <translation>, all met</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing/parts.py" />
            <source>，落后 {0} {1}</source>
            <translation>, behind by {0} {1}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing/parts.py" />
            <source>，较上次 {0:+g}</source>
            <translation>, {0:+g} since the last</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing/parts.py" />
            <source>，达到序时进度</source>
            <translation>, on track</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing/quota_part.py" />
            <source>；{0} 项要求尚未到期，尚未报齐</source>
            <translation>; {0} requirements not yet due</translation>
        </message>
        <message>
            <location filename="../../desktop/services/briefing/quota_part.py" />
            <source>；未完成：{0}</source>
            <translation>; short: {0}</translation>
        </message>
    </context>
    <context>
        <name>BriefingDialog</name>
        <message>
            <source>PDF 文件 (*.pdf)</source>
            <translation type="vanished">PDF files (*.pdf)</translation>
        </message>
        <message>
            <source>Word 文件 (*.docx)</source>
            <translation type="vanished">Word files (*.docx)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/briefing_dialog.py" />
            <source>{0}定期通报</source>
            <translation>{0} briefing</translation>
        </message>
        <message>
            <source>{0}年{1}月</source>
            <translation type="vanished">{1}/{0}</translation>
        </message>
        <message>
            <source>{0}年第{1}季度</source>
            <translation type="vanished">Q{1} {0}</translation>
        </message>
        <message>
            <source>一</source>
            <translation type="vanished">1</translation>
        </message>
        <message>
            <source>三</source>
            <translation type="vanished">3</translation>
        </message>
        <message>
            <source>二</source>
            <translation type="vanished">2</translation>
        </message>
        <message>
            <location filename="../../desktop/views/briefing_dialog.py" />
            <source>保存定期通报</source>
            <translation>Save periodic briefing</translation>
        </message>
        <message>
            <location filename="../../desktop/views/briefing_dialog.py" />
            <source>发文字号</source>
            <translation>Document number</translation>
        </message>
        <message>
            <location filename="../../desktop/views/briefing_dialog.py" />
            <source>发文字号，如 柳科改办〔2022〕3号（可不填）</source>
            <translation>Document number, e.g. 柳科改办〔2022〕3号 (optional)</translation>
        </message>
        <message>
            <source>四</source>
            <translation type="vanished">4</translation>
        </message>
        <message>
            <location filename="../../desktop/views/briefing_dialog.py" />
            <source>定期通报</source>
            <translation>Periodic briefing</translation>
        </message>
        <message>
            <location filename="../../desktop/views/briefing_dialog.py" />
            <source>导出 PDF…</source>
            <translation>Export PDF…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/briefing_dialog.py" />
            <source>导出 Word…</source>
            <translation>Export Word…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/briefing_dialog.py" />
            <source>已生成 {0}</source>
            <translation>Written {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/briefing_dialog.py" />
            <source>打印预览…</source>
            <translation>Print preview…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/briefing_dialog.py" />
            <source>正在生成定期通报…</source>
            <translation>Writing the briefing…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/briefing_dialog.py" />
            <source>没有生成通报</source>
            <translation>Briefing not written</translation>
        </message>
        <message>
            <location filename="../../desktop/views/briefing_dialog.py" />
            <source>通报按所选月份或季度的最后一天判断红黄绿灯和逾期；先进、后进只按按时报送、无逾期事项、宣传指标完成三条规则列出，并写明理由。Word 文件可在盖章前修改。</source>
            <translation>Lights and overdue items are judged on the last day of the chosen month or quarter; leading and lagging sections follow only three rules (reported on time, nothing overdue, quotas met), each with its reasons. The Word file can be edited before stamping.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/briefing_dialog.py" />
            <source>通报期间</source>
            <translation>Period</translation>
        </message>
    </context>
    <context>
        <name>Calendar</name>
        <message>
            <location filename="../../desktop/views/calendar_month.py" />
            <source>+{0} 项</source>
            <translation>+{0} more</translation>
        </message>
        <message>
            <location filename="../../desktop/views/calendar_month.py" />
            <source>{0} 共 {1} 项，点击查看全部</source>
            <translation>{0}: {1} items, click to see them all</translation>
        </message>
        <message>
            <location filename="../../desktop/views/calendar_timeline.py" />
            <source>{0}月</source>
            <translation>M{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/calendar_month.py" />
            <source>{0}月{1}日</source>
            <translation>{0}/{1}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/calendar_timeline.py" />
            <source>{0}（原定 {1}）</source>
            <translation>{0} (originally {1})</translation>
        </message>
        <message>
            <location filename="../../desktop/views/calendar_timeline.py" />
            <source>今天</source>
            <translation>Today</translation>
        </message>
        <message>
            <location filename="../../desktop/views/calendar_month.py" />
            <source>任务</source>
            <translation>Task</translation>
        </message>
        <message>
            <location filename="../../desktop/views/calendar_month.py" />
            <source>任务期限</source>
            <translation>Task deadline</translation>
        </message>
        <message>
            <location filename="../../desktop/views/calendar_month.py" />
            <source>休</source>
            <translation>Off</translation>
        </message>
        <message>
            <location filename="../../desktop/calendar/ics.py" />
            <location filename="../../desktop/views/calendar_month.py" />
            <source>原文：{0}</source>
            <translation>As written: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/calendar_month.py" />
            <source>备检</source>
            <translation>Preparation</translation>
        </message>
        <message>
            <location filename="../../desktop/views/calendar_month.py" />
            <source>宣传指标</source>
            <translation>Publicity quota</translation>
        </message>
        <message>
            <location filename="../../desktop/views/calendar_month.py" />
            <source>宣传活动</source>
            <translation>Publicity event</translation>
        </message>
        <message>
            <location filename="../../desktop/views/calendar_month.py" />
            <source>归集</source>
            <translation>Collection</translation>
        </message>
        <message>
            <location filename="../../desktop/views/calendar_month.py" />
            <source>措施期限</source>
            <translation>Measure deadline</translation>
        </message>
        <message>
            <location filename="../../desktop/calendar/ics.py" />
            <source>文件 {0} 已存在。督办台不会覆盖已有文件；请换一个文件名，或先移走旧文件。</source>
            <translation>The file {0} already exists. Duban does not overwrite existing files; choose another name or move the old file away first.</translation>
        </message>
        <message>
            <location filename="../../desktop/calendar/ics.py" />
            <source>文件夹不存在：{0}。请先创建它或换一个位置。</source>
            <translation>The folder does not exist: {0}. Create it first or choose another location.</translation>
        </message>
        <message>
            <source>文件已存在：{0}。要覆盖它，请另选文件名或加 --overwrite。</source>
            <translation type="vanished">The file already exists: {0}. To overwrite it, choose another file name or add --overwrite.</translation>
        </message>
        <message>
            <source>无法写入 {0}：{1}。请检查磁盘空间和文件夹权限。</source>
            <translation type="vanished">Cannot write {0}: {1}. Please check the disk space and the folder's permissions.</translation>
        </message>
        <message>
            <location filename="../../desktop/calendar/ics.py" />
            <source>日历文件名应以 .ics 结尾：{0}</source>
            <translation>The calendar file name should end in .ics: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/calendar_month.py" />
            <source>时间节点</source>
            <translation>Milestones</translation>
        </message>
        <message>
            <location filename="../../desktop/calendar/ics.py" />
            <source>灯：{0}</source>
            <translation>Light: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/calendar_month.py" />
            <source>班</source>
            <translation>Work</translation>
        </message>
        <message>
            <location filename="../../desktop/views/calendar_month.py" />
            <source>督办回复</source>
            <translation>Notice reply due</translation>
        </message>
        <message>
            <location filename="../../desktop/views/calendar_month.py" />
            <source>督查</source>
            <translation>Inspection</translation>
        </message>
        <message>
            <location filename="../../desktop/calendar/ics.py" />
            <source>类别：{0}</source>
            <translation>Type: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/calendar/ics.py" />
            <source>责任科室：{0}</source>
            <translation>Responsible sections: {0}</translation>
        </message>
    </context>
    <context>
        <name>CalendarReminderPanel</name>
        <message>
            <location filename="../../desktop/views/reminders.py" />
            <source>不再提醒</source>
            <translation>Dismiss</translation>
        </message>
        <message>
            <location filename="../../desktop/views/reminders.py" />
            <source>不再提醒所选事项（仅对本人）</source>
            <translation>Do not remind me of the selected items again (only for me)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/reminders.py" />
            <source>恢复全部提醒</source>
            <translation>Restore all</translation>
        </message>
        <message>
            <location filename="../../desktop/views/reminders.py" />
            <source>没有逾期或近期到期的事项。</source>
            <translation>Nothing overdue or due soon.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/reminders.py" />
            <source>签发督办单…</source>
            <translation>Issue notice…</translation>
        </message>
    </context>
    <context>
        <name>CalendarTab</name>
        <message>
            <location filename="../../desktop/views/calendar_toolbar.py" />
            <source>{0} 天</source>
            <translation>{0} days</translation>
        </message>
        <message>
            <location filename="../../desktop/views/calendar_lists.py" />
            <source>{0} 起</source>
            <translation>from {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/calendar_tab.py" />
            <source>{0}年 任务与措施时间轴</source>
            <translation>{0} tasks and measures timeline</translation>
        </message>
        <message>
            <location filename="../../desktop/views/calendar_tab.py" />
            <source>{0}年{1}月</source>
            <translation>{1}/{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/calendar_side.py" />
            <source>{0}年{1}月{2}日 共 {3} 项</source>
            <translation>{1}/{2}/{0}: {3} items</translation>
        </message>
        <message>
            <location filename="../../desktop/views/calendar_tab.py" />
            <source>{0}年{1}月{2}日–{3}日</source>
            <translation>{1}/{2}–{3}/{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/calendar_tab.py" />
            <source>{0}年{1}月{2}日–{3}月{4}日</source>
            <translation>{1}/{2}–{3}/{4}/{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/calendar_tab.py" />
            <source>{0}年{1}月{2}日起 {3} 天</source>
            <translation>{3} days from {1}/{2}/{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/calendar_toolbar.py" />
            <source>上一个月、上一周或上一段（PgUp）</source>
            <translation>Previous month, week or period (PgUp)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/calendar_toolbar.py" />
            <source>下一个月、下一周或下一段（PgDn）</source>
            <translation>Next month, week or period (PgDn)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/calendar_lists.py" />
            <source>事项</source>
            <translation>Item</translation>
        </message>
        <message>
            <location filename="../../desktop/views/calendar_toolbar.py" />
            <source>今天</source>
            <translation>Today</translation>
        </message>
        <message>
            <location filename="../../desktop/views/calendar_toolbar.py" />
            <source>全部</source>
            <translation>All</translation>
        </message>
        <message>
            <location filename="../../desktop/views/calendar_tab.py" />
            <source>全部事项</source>
            <translation>All items</translation>
        </message>
        <message>
            <location filename="../../desktop/views/calendar_toolbar.py" />
            <source>全部科室</source>
            <translation>All sections</translation>
        </message>
        <message>
            <location filename="../../desktop/views/calendar_lists.py" />
            <source>全部：督查、备检、节点与宣传</source>
            <translation>All: inspections, preparations, milestones and publicity</translation>
        </message>
        <message>
            <location filename="../../desktop/views/calendar_lists.py" />
            <source>原文时间</source>
            <translation>Time as written</translation>
        </message>
        <message>
            <location filename="../../desktop/views/calendar_side.py" />
            <source>原文：{0}</source>
            <translation>As written: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/calendar_toolbar.py" />
            <source>周</source>
            <translation>Week</translation>
        </message>
        <message>
            <location filename="../../desktop/views/calendar_toolbar.py" />
            <source>回到今天（Home）</source>
            <translation>Back to today (Home)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/calendar_side.py" />
            <source>打开任务</source>
            <translation>Open task</translation>
        </message>
        <message>
            <location filename="../../desktop/views/calendar_lists.py" />
            <source>日期</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../desktop/views/calendar_side.py" />
            <source>日期：{0}</source>
            <translation>Date: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/calendar_lists.py" />
            <location filename="../../desktop/views/calendar_toolbar.py" />
            <source>日程</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <location filename="../../desktop/views/calendar_toolbar.py" />
            <source>日程列出的天数</source>
            <translation>Days the agenda lists</translation>
        </message>
        <message>
            <location filename="../../desktop/views/calendar_toolbar.py" />
            <source>时间轴</source>
            <translation>Timeline</translation>
        </message>
        <message>
            <location filename="../../desktop/views/calendar_toolbar.py" />
            <source>月</source>
            <translation>Month</translation>
        </message>
        <message>
            <location filename="../../desktop/views/calendar_lists.py" />
            <source>灯</source>
            <translation>Light</translation>
        </message>
        <message>
            <location filename="../../desktop/views/calendar_side.py" />
            <source>灯：{0}</source>
            <translation>Light: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/calendar_lists.py" />
            <source>科室</source>
            <translation>Section</translation>
        </message>
        <message>
            <location filename="../../desktop/views/calendar_toolbar.py" />
            <source>科室：</source>
            <translation>Section:</translation>
        </message>
        <message>
            <location filename="../../desktop/views/calendar_side.py" />
            <source>科室：{0}</source>
            <translation>Section: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/calendar_lists.py" />
            <location filename="../../desktop/views/calendar_toolbar.py" />
            <source>类别</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../desktop/views/calendar_toolbar.py" />
            <source>类别（{0}）</source>
            <translation>Types ({0})</translation>
        </message>
        <message>
            <location filename="../../desktop/views/calendar_side.py" />
            <source>类别：{0}</source>
            <translation>Type: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/calendar_toolbar.py" />
            <source>计划中带日期的全部事项（督查、备检、节点与宣传），可按文字筛选</source>
            <translation>Every dated item of the plan (inspections, preparations, milestones and publicity), filterable by text</translation>
        </message>
        <message>
            <location filename="../../desktop/views/calendar_lists.py" />
            <source>负责科室</source>
            <translation>Responsible section</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <location filename="../../desktop/cli/files.py" />
            <source>  另有 {0} 个会话超过 {1} 分钟没有心跳，视为已关闭</source>
            <translation>  {0} more session(s) without a heartbeat for over {1} minutes, taken as closed</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/files.py" />
            <source>  这个文件处于 WAL 模式：一部分数据可能只在旁边的 -wal 文件里，而 WAL 要用的共享内存在网络驱动器上不能在电脑之间共用，几台电脑同时使用可能损坏数据。请不要删除 -wal 文件；督办台下次以可写方式打开并写入它时，会把数据写回数据库并改回 DELETE 模式（如果另一个程序正以 WAL 方式打开它，请先关闭那个程序）。</source>
            <translation>  This file is in WAL mode: some data may be only in the -wal file beside it, and the shared memory WAL needs cannot be shared between PCs on a network drive, so several PCs using it at once may damage data. Do not delete the -wal file; the next time Duban opens it for writing and writes to it, the data is written back into the database and the file is switched back to DELETE mode (if another program has it open in WAL mode, close that program first).</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/common.py" />
            <source>{0} 中没有计划，无法导出。</source>
            <translation>{0} holds no plan; nothing to export.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/plans.py" />
            <source>{0} 年计划已保留，今后只读。</source>
            <translation>The {0} plan is kept and is read-only from now on.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/exports.py" />
            <source>{0} 日程：{1} 至 {2}，共 {3} 项</source>
            <translation>{0} agenda: {1} to {2}, {3} items</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/common.py" />
            <source>{0} 是数据库服务器上的数据库，不是文件。服务器上的数据库请用服务器自己的工具检查、备份和恢复（PostgreSQL：pg_dump、pg_restore），或请管理员处理。</source>
            <translation>{0} is a database on a database server, not a file. Check, back up and restore server databases with the server's own tools (PostgreSQL: pg_dump, pg_restore), or ask the administrator.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/exports.py" />
            <source>{0}不按督查时间筛选，请去掉 --from/--to。</source>
            <translation>{0} is not filtered by inspection dates; please remove --from/--to.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/exports.py" />
            <source>{0}不按科室筛选，请去掉 --section。</source>
            <translation>{0} is not filtered by section; please remove --section.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/database.py" />
            <source>不导入内置计划，建立空数据库</source>
            <translation>Create an empty database without the built-in plan</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/exports.py" />
            <source>从这一天起（默认今天）</source>
            <translation>Starting from this day (default today)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/forms.py" />
            <source>以 JSON 输出每个文件的结果</source>
            <translation>Print each file's result as JSON</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/exports.py" />
            <source>以文字列出日程：每项一行（日期、类别、事项、科室、红黄绿灯）</source>
            <translation>List the agenda as text: one line per item (date, type, item, sections, traffic light)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/plans.py" />
            <source>作为基础的计划年度，如 2022</source>
            <translation>Year of the plan to start from, e.g. 2022</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/common.py" />
            <source>使用哪一年度的计划，如 2022（默认为最新的计划）</source>
            <translation>Which year's plan to use, e.g. 2022 (default: the newest plan)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/forms.py" />
            <source>保存台帐的文件夹（不存在时新建）</source>
            <translation>Folder to save the forms in (created if missing)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/forms.py" />
            <source>共 {0} 份台帐（{1}，报送期次 {2}，报送截止 {3}）。</source>
            <translation>{0} ledger form(s) in all ({1}, reporting period {2}, due {3}).</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/files.py" />
            <source>写入锁：{0} 由 {1}（进程 {2}）于 {3} 取得，正在保存（{4} 秒前）</source>
            <translation>Write lock: {0} taken by {1} (process {2}) at {3}, saving now ({4} seconds ago)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/files.py" />
            <source>写入锁：{0} 由 {1}（进程 {2}）于 {3} 留下，已过期（{4} 秒前），可能是异常退出后留下的；下次保存时会自动清除</source>
            <translation>Write lock: {0} left by {1} (process {2}) at {3}, expired ({4} seconds ago), probably after the program ended abnormally; it is cleared automatically at the next save</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/files.py" />
            <source>写入锁：无</source>
            <translation>Write lock: none</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/exports.py" />
            <source>列出多少天（默认 14）</source>
            <translation>How many days to list (default 14)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/files.py" />
            <source>即使其他电脑正打开着它、备份属于另一个数据库或无法先备份当前数据，也要恢复</source>
            <translation>Restore even if other PCs have it open, the backup belongs to another database, or the current data cannot be backed up first</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/exports.py" />
            <source>发文字号，如 柳科改办〔2022〕3号</source>
            <translation>Document number, e.g. 柳科改办〔2022〕3号</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/forms.py" />
            <source>只导出这一项任务的台帐（编号，如 2-1）</source>
            <translation>Export only this task's form (its number, e.g. 2-1)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/forms.py" />
            <source>只导出这个科室的台帐（全称或简称，如 规配科）</source>
            <translation>Export only this section's forms (full or short name, e.g. 规配科)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/exports.py" />
            <source>只打印督查时间与此日期及以前有交集的事项（仅督察清单）</source>
            <translation>Print only items whose inspection period overlaps this date or earlier (checklist only)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/exports.py" />
            <source>只打印督查时间与此日期及以后有交集的事项（仅督察清单）</source>
            <translation>Print only items whose inspection period overlaps this date or later (checklist only)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/exports.py" />
            <source>只打印这个科室牵头或负责的事项（全称或简称，如 法监科；名单不适用）</source>
            <translation>Print only the items this section leads or is responsible for (full or short name, e.g. 法监科; not for the roster)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/forms.py" />
            <source>只检查并报告，不写入数据库</source>
            <translation>Only check and report; write nothing to the database</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/plans.py" />
            <source>只预览每一行将如何处理，不写入数据库</source>
            <translation>Only preview what each row would become; write nothing</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/database.py" />
            <source>各表行数：</source>
            <translation>Rows per table:</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/forms.py" />
            <source>同时导入需确认（名称相近、超字数）和有冲突的项；默认只导入可直接导入的项</source>
            <translation>Also import the items that need confirming (similar names, too long) and the conflicting ones; by default only those that can be imported directly</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/forms.py" />
            <source>在 {0} 中没有找到 Excel 表格。</source>
            <translation>No Excel workbooks found in {0}.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/files.py" />
            <source>备份已通过检查（integrity_check、foreign_key_check），共 {0} 字节。</source>
            <translation>The backup passed the checks (integrity_check, foreign_key_check), {0} bytes.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/files.py" />
            <source>备份数据库（用 SQLite 的备份接口，备份后检查）</source>
            <translation>Back up a database (with SQLite's backup API, checked afterwards)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/files.py" />
            <source>备份文件</source>
            <translation>The backup file</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/files.py" />
            <source>备份文件夹（默认为本机用户数据文件夹中的 backups）；每个数据库的备份放在其中自己的子文件夹里</source>
            <translation>Backup folder (default: backups in this PC's user data folder); each database's backups go into a subfolder of their own</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/files.py" />
            <source>外键检查（foreign_key_check）：{0} 条记录引用了不存在的记录</source>
            <translation>Foreign key check (foreign_key_check): {0} record(s) refer to records that do not exist</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/files.py" />
            <source>外键检查（foreign_key_check）：正常</source>
            <translation>Foreign key check (foreign_key_check): OK</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/exports.py" />
            <source>天数应在 1 到 3660 之间：{0}</source>
            <translation>The number of days should be between 1 and 3660: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/files.py" />
            <source>完整性检查（integrity_check）：发现 {0} 处问题</source>
            <translation>Integrity check (integrity_check): {0} problem(s) found</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/files.py" />
            <source>完整性检查（integrity_check）：正常</source>
            <translation>Integrity check (integrity_check): OK</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/plans.py" />
            <source>导入新通知的附件表格（.xlsx：附件 2 攻坚台帐、附件 3 督察清单、附件 4 宣传推广清单）到计划中</source>
            <translation>Import a new notice's attachment tables (.xlsx: Attachment 2 ledger, 3 inspection checklist, 4 publicity list) into a plan</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/forms.py" />
            <source>导入科室返回的台帐（文件或文件夹），成为待审核的进展</source>
            <translation>Import the forms returned by the sections (files or folders) as progress reports awaiting review</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/forms.py" />
            <source>导出攻坚台帐：每个牵头科室一个工作簿，或一项任务一份</source>
            <translation>Export the ledger forms: one workbook per lead section, or one per task</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/exports.py" />
            <source>导出的 .ics 文件</source>
            <translation>The .ics file to write</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/exports.py" />
            <source>导出的 .xlsx 文件</source>
            <translation>The .xlsx file to write</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/files.py" />
            <source>已备份到：{0}</source>
            <translation>Backed up to: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/plans.py" />
            <source>已导入 {0} 行到 {1}，跳过 {2} 行。</source>
            <translation>Imported {0} rows into {1}; skipped {2}.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/exports.py" />
            <source>已导出 {0} 到 {1}</source>
            <translation>Exported {0} to {1}</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/exports.py" />
            <source>已导出 {0} 的日历到 {1}</source>
            <translation>Exported the calendar of {0} to {1}</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/exports.py" />
            <source>已打印 {0} {1}（{2} 项，共 {3} 页）到 {4}</source>
            <translation>Printed {0} {1} ({2} items, {3} pages) to {4}</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/database.py" />
            <source>已新建数据库并导入 2022 年计划：{0}</source>
            <translation>Created a database with the 2022 plan: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/database.py" />
            <source>已新建空数据库：{0}</source>
            <translation>Created an empty database: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/exports.py" />
            <source>已生成 {0} {1}（任务 {2} 项：红灯 {3}、黄灯 {4}；逾期 {5} 项；未报送科室 {6} 个）到 {7}</source>
            <translation>Wrote {0} {1} ({2} tasks: {3} red, {4} yellow; {5} overdue; {6} sections not reported) to {7}</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/forms.py" />
            <source>已生成：{0}</source>
            <translation>Created: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/files.py" />
            <source>已用备份 {0} 恢复 {1}。</source>
            <translation>Restored {1} from the backup {0}.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/plans.py" />
            <source>已由 {0}（{1} 年）新建 {2} 年计划：{3}</source>
            <translation>Made the {2} plan from {0} ({1}): {3}</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/plans.py" />
            <source>年度计划：由上一年度计划新建下一年度计划</source>
            <translation>Yearly plans: make the next year's plan from the previous one</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/files.py" />
            <source>恢复前的数据已另存为备份：{0}</source>
            <translation>The data from before the restore was saved as a backup: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/exports.py" />
            <source>打印为 PDF（A4，如公文）：督察清单、攻坚台帐、领导小组名单、宣传推广清单或逾期/临期清单</source>
            <translation>Print to PDF (A4, like official documents): the inspection checklist, the ledger, the leading group roster, the publicity quota list or the overdue/due-soon list</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/__init__.py" />
            <source>打开主窗口并载入数据后立即退出（用于安装检查）</source>
            <translation>Open the main window, load the data and exit at once (installation check)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/files.py" />
            <source>打开的会话：{0} 个（{1} 分钟内有心跳）</source>
            <translation>Open sessions: {0} (heartbeat within {1} minutes)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/files.py" />
            <source>打开的会话：无（{0} 分钟内没有心跳）</source>
            <translation>Open sessions: none (no heartbeat within {0} minutes)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/files.py" />
            <source>打开的会话：此文件由较早版本的督办台写入，没有会话记录</source>
            <translation>Open sessions: this file was written by an earlier version of Duban and has no session records</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/exports.py" />
            <source>把整个计划导出为一个 Excel 工作簿</source>
            <translation>Export the whole plan as one Excel workbook</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/exports.py" />
            <source>把日历（督查、备检、期限、归集、宣传节点）导出为 .ics 文件（Outlook、Windows 日历）</source>
            <translation>Export the calendar (inspections, preparations, deadlines, collections, publicity dates) as an .ics file (Outlook, Windows Calendar)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/forms.py" />
            <source>报送截止日期，默认为本月 25 日</source>
            <translation>Reporting deadline, the 25th of this month by default</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/forms.py" />
            <source>报送期次，默认为本月，如 2022年5月</source>
            <translation>Reporting period, this month by default, e.g. 2022年5月</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/exports.py" />
            <source>按这一天判断（默认为该月或该季度的最后一天）</source>
            <translation>Judge as of this day (default: the last day of the month or quarter)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/exports.py" />
            <source>按这一天计算红黄绿灯（默认今天）</source>
            <translation>Compute the traffic lights as of this day (default today)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/exports.py" />
            <source>按这一天计算逾期、临期并作为打印日期（默认今天），如打印某次提醒时的清单</source>
            <translation>Compute overdue and due-soon items as of this day and print it as the date (default today), e.g. to reprint the list of a past reminder</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/__init__.py" />
            <source>改为打开数据库服务器上的数据库，如 postgresql://用户名@服务器:5432/数据库名</source>
            <translation>Open a database on a database server instead, e.g. postgresql://user@server:5432/dbname</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/forms.py" />
            <source>攻坚台帐（科室填报的 Excel 表格）</source>
            <translation>Ledger forms (the Excel workbooks the sections fill in)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/files.py" />
            <source>数据库文件的路径</source>
            <translation>Path of the database file</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/database.py" />
            <location filename="../../desktop/cli/exports.py" />
            <location filename="../../desktop/cli/forms.py" />
            <location filename="../../desktop/cli/plans.py" />
            <source>数据库文件的路径，或数据库 URL</source>
            <translation>Path of the database file, or a database URL</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/database.py" />
            <source>数据库：{0}</source>
            <translation>Database: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/files.py" />
            <source>数据库：{0}（{1} 字节）</source>
            <translation>Database: {0} ({1} bytes)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/files.py" />
            <source>文件标识（application_id）不是督办台的。</source>
            <translation>The file identifier (application_id) is not Duban's.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/plans.py" />
            <source>新建年度计划：复制组织机构、领导小组及成员顺序、联系人、宣传指标规则和督查日历，结转未办结的任务；原计划保留并变为只读</source>
            <translation>New yearly plan: copies the organisation, the groups with their members in order, contacts, publicity quota rules and the inspection calendar, and carries over the tasks not yet closed; the previous plan is kept, read-only</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/database.py" />
            <source>新建数据库（默认含 2022 年计划）</source>
            <translation>Create a database (with the 2022 plan by default)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/database.py" />
            <source>新数据库文件的路径，或数据库 URL</source>
            <translation>Path of the new database file, or a database URL</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/plans.py" />
            <source>新计划的年度，如 2023</source>
            <translation>Year of the new plan, e.g. 2023</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/plans.py" />
            <source>新计划的文号（默认按原文号改年度，序号待定）</source>
            <translation>Document number of the new plan (default: the previous number with the new year, serial to be decided)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/common.py" />
            <source>无法识别数据库地址“{0}”（{1}）。</source>
            <translation>The database address "{0}" was not understood ({1}).</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/files.py" />
            <source>无法读取数据库：{0}</source>
            <translation>Cannot read the database: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/files.py" />
            <source>日志文件（-journal）：{0}（{1} 字节）。可能有电脑正在保存；请不要删除它，督办台不会删除它。</source>
            <translation>Journal file (-journal): {0} ({1} bytes). A PC may be saving right now; do not delete it (Duban never does).</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/files.py" />
            <source>日志文件（-journal）：{0}（{1} 字节）是一次未完成的保存留下的，需要回滚。请不要删除它：在没有其他电脑保存时用督办台打开数据库，SQLite 会用它把数据恢复到那次保存之前。</source>
            <translation>Journal file (-journal): {0} ({1} bytes) was left by an unfinished save and must be rolled back. Do not delete it: open the database in Duban while no other PC is saving, and SQLite will use it to restore the data to how it was before that save.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/files.py" />
            <source>日志文件（-journal）：无</source>
            <translation>Journal file (-journal): none</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/files.py" />
            <source>日志模式（journal_mode）：{0}</source>
            <translation>Journal mode (journal_mode): {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/common.py" />
            <source>日期“{0}”无法识别。请写成 YYYY-MM-DD，例如 2022-05-25。</source>
            <translation>The date "{0}" was not understood. Write it as YYYY-MM-DD, e.g. 2022-05-25.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/database.py" />
            <source>显示数据库的架构版本、各年度计划和各表行数</source>
            <translation>Show the database's schema revision, its yearly plans and the rows per table</translation>
        </message>
        <message>
            <source>显示数据库的架构版本和各表行数</source>
            <translation type="vanished">Show the database's schema revision and the rows per table</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/database.py" />
            <location filename="../../desktop/cli/files.py" />
            <source>架构版本：{0}（本程序支持到 {1}）</source>
            <translation>Schema revision: {0} (this program supports up to {1})</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/files.py" />
            <source>架构版本：{0}，本程序不认识（由更新版本的督办台写入；本程序支持到 {1}）</source>
            <translation>Schema revision: {0}, unknown to this program (written by a newer Duban; this program supports up to {1})</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/files.py" />
            <source>检查数据库：完整性、外键、架构版本、打开它的电脑、写入锁和日志文件；只读，不改动任何文件</source>
            <translation>Check a database: integrity, foreign keys, schema revision, PCs that have it open, the write lock and the journal file; read-only, changes no file</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/exports.py" />
            <source>横向打印</source>
            <translation>Landscape</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/exports.py" />
            <source>生成 PDF 文件</source>
            <translation>Write a PDF file</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/exports.py" />
            <source>生成可编辑的 Word 文件（.docx）</source>
            <translation>Write an editable Word file (.docx)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/exports.py" />
            <source>生成定期通报（公文格式）：某月或某季度的任务、逾期、报送、督办、宣传指标和先进/后进</source>
            <translation>Write the periodic briefing (official-document layout) of a month or quarter: tasks, overdue items, reporting, notices, quotas, leading and lagging sections</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/exports.py" />
            <source>生成的 .pdf 文件</source>
            <translation>The .pdf file to create</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/exports.py" />
            <source>用 A3 纸（默认 A4），如宽的时间轴</source>
            <translation>Use A3 paper (default A4), e.g. for a wide timeline</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/files.py" />
            <source>用备份恢复数据库；恢复前先把当前数据另存为一份备份</source>
            <translation>Restore a database from a backup; the current data is saved as a backup first</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/__init__.py" />
            <source>督办台 Duban 数据库管理</source>
            <translation>Duban database administration</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/__init__.py" />
            <source>督办台 Duban：打开主窗口。管理命令：duban init PATH，duban info PATH，duban forms export PATH --out DIR，duban export PATH --xlsx OUT，duban print PATH {checklist,ledger,roster,quotas,overdue,timeline} --pdf OUT，duban calendar PATH --ics OUT，duban agenda PATH [--from 日期] [--days N]，duban backup PATH，duban check PATH，duban restore BACKUP PATH。</source>
            <translation>Duban: opens the main window. Administration commands: duban init PATH, duban info PATH, duban forms export PATH --out DIR, duban export PATH --xlsx OUT, duban print PATH {checklist,ledger,roster,quotas,overdue,timeline} --pdf OUT, duban calendar PATH --ics OUT, duban agenda PATH [--from DATE] [--days N], duban backup PATH, duban check PATH, duban restore BACKUP PATH.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/plans.py" />
            <source>第 {0} 行</source>
            <translation>row {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/exports.py" />
            <source>纵向打印（清单、台帐默认横向，名单和逾期清单默认纵向）</source>
            <translation>Portrait (checklist and ledger default to landscape, roster and overdue list to portrait)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/files.py" />
            <source>结论：数据完好，但文件处于 WAL 日志模式，在网络驱动器上不安全；督办台下次写入时会把它改回 DELETE 模式。</source>
            <translation>Result: the data is intact, but the file is in WAL journal mode, which is not safe on a network drive; Duban switches it back to DELETE mode the next time it writes.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/files.py" />
            <source>结论：数据库完好。</source>
            <translation>Conclusion: the database is sound.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/files.py" />
            <source>结论：数据库有问题。请从最近的完好备份恢复（duban restore BACKUP PATH），或联系管理员。</source>
            <translation>Conclusion: the database has problems. Restore it from the latest good backup (duban restore BACKUP PATH), or contact the administrator.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/plans.py" />
            <source>结转任务 {0} 项；复制部门 {1} 个、人员 {2} 人、小组 {3} 个（成员 {4} 位）、宣传指标规则 {5} 条、督查事项 {6} 项。</source>
            <translation>Carried over {0} tasks; copied {1} departments, {2} people, {3} groups ({4} seats), {5} publicity quota rules and {6} inspections.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/plans.py" />
            <source>结转哪些未办结的任务：all 全部（默认），none 不结转</source>
            <translation>Which open tasks to carry over: all (default) or none</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/files.py" />
            <source>要恢复的数据库文件（不存在时新建）</source>
            <translation>The database file to restore (created if it does not exist)</translation>
        </message>
        <message>
            <source>要打印的内容：checklist（附件 3 督察清单），ledger（附件 2 攻坚台帐），roster（附件 1 领导小组名单），quotas（附件 4 宣传推广清单），overdue（逾期/临期清单），timeline（任务与措施时间轴）</source>
            <translation type="vanished">What to print: checklist (Annex 3 inspection checklist), ledger (Annex 2 reform ledger), roster (Annex 1 leading group roster), quotas (Annex 4 publicity and promotion list), overdue (overdue/due-soon list), timeline (tasks and measures timeline)</translation>
        </message>
        <message>
            <source>要打印的内容：checklist（附件 3 督察清单），ledger（附件 2 攻坚台帐），roster（附件 1 领导小组名单），quotas（附件 4 宣传推广清单），overdue（逾期/临期清单），timeline（任务与措施时间轴），quota_matrix（宣传推广完成情况）</source>
            <translation type="vanished">What to print: checklist (Annex 3 inspection checklist), ledger (Annex 2 reform ledger), roster (Annex 1 leading group roster), quotas (Annex 4 publicity and promotion list), overdue (overdue/due-soon list), timeline (tasks and measures timeline), quota_matrix (publicity completion table)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/exports.py" />
            <source>要打印的内容：checklist（附件 3 督察清单），ledger（附件 2 攻坚台帐），roster（附件 1 领导小组名单），quotas（附件 4 宣传推广清单），overdue（逾期/临期清单），timeline（任务与措施时间轴），quota_matrix（宣传推广完成情况），instructions（批示件办理情况）</source>
            <translation>What to print: checklist (Annex 3 inspection checklist), ledger (Annex 2 reform ledger), roster (Annex 1 leading group roster), quotas (Annex 4 publicity and promotion list), overdue (overdue/due-soon list), timeline (tasks and measures timeline), quota_matrix (publicity completion table), instructions (instructions and their handling)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/__init__.py" />
            <source>要打开的数据库文件（默认为用户数据文件夹中的数据库）</source>
            <translation>The database file to open (default: the database in the user data folder)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/__init__.py" />
            <source>要覆盖已有文件，请加 --overwrite。</source>
            <translation>To replace the existing file, add --overwrite.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/forms.py" />
            <source>覆盖同名的已有文件</source>
            <translation>Overwrite existing files of the same name</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/exports.py" />
            <source>覆盖已有文件</source>
            <translation>Overwrite an existing file</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/exports.py" />
            <source>覆盖已有文件（再次导入时更新日历中的事项，不会重复）</source>
            <translation>Overwrite an existing file (importing it again updates the calendar's entries without duplicates)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/database.py" />
            <source>计划：{0} {1}（{2} 年）</source>
            <translation>Plan: {0} {1} ({2})</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/database.py" />
            <source>计划：无</source>
            <translation>Plan: none</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/__init__.py" />
            <source>请只指定数据库文件或 --db-url 中的一个</source>
            <translation>Give either a database file or --db-url, not both</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/forms.py" />
            <source>跳过 {0} 项未指定牵头科室的任务（没有科室会收到它们的台帐）：{1}</source>
            <translation>Skipped {0} task(s) with no lead section (no section would receive their forms): {1}</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/forms.py" />
            <source>返回的 .xlsx 文件或放有它们的文件夹</source>
            <translation>Returned .xlsx files, or folders holding them</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/exports.py" />
            <source>通报的月份（如 2022-06）或季度（如 2022-Q2）</source>
            <translation>The month (e.g. 2022-06) or quarter (e.g. 2022-Q2) of the briefing</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/plans.py" />
            <source>通知附件表格（.xlsx）</source>
            <translation>The notice's attachment tables (.xlsx)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/common.py" />
            <source>错误：{0}</source>
            <translation>Error: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/plans.py" />
            <source>预览：将导入 {0} 行，跳过 {1} 行（未写入数据库）。</source>
            <translation>Preview: {0} rows would be imported, {1} skipped (nothing written).</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/database.py" />
            <source>，已结转到 {0} 年计划，只读</source>
            <translation>, carried over into the {0} plan, read-only</translation>
        </message>
    </context>
    <context>
        <name>ColumnLayout</name>
        <message>
            <location filename="../../desktop/views/list_view.py" />
            <source>恢复默认列</source>
            <translation>Restore default columns</translation>
        </message>
    </context>
    <context>
        <name>Conflict</name>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" />
            <source>（空）</source>
            <translation>(empty)</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" />
            <source>保存所选</source>
            <translation>Save selected</translation>
        </message>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" />
            <source>修改冲突</source>
            <translation>Conflicting changes</translation>
        </message>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" />
            <source>其他字段的修改已自动合并。两个版本都不会丢失：未选中的内容会记入历史。</source>
            <translation>The other fields' changes were merged automatically. Neither version is lost: what you do not choose is kept in the history.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" />
            <source>原来</source>
            <translation>Before</translation>
        </message>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" />
            <source>字段</source>
            <translation>Field</translation>
        </message>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" />
            <source>对方的修改</source>
            <translation>Their change</translation>
        </message>
        <message>
            <location filename="../../desktop/views/conflict_dialog.py" />
            <source>我的修改</source>
            <translation>My change</translation>
        </message>
    </context>
    <context>
        <name>ContactsPane</name>
        <message>
            <location filename="../../desktop/views/department_pane.py" />
            <source>Ctrl+C 复制所选单元格；右键可复制邮箱、电话或整行</source>
            <translation>Ctrl+C copies the selected cell; right-click to copy the e-mail, the phone or the whole row</translation>
        </message>
        <message>
            <source>删除</source>
            <translation type="vanished">Delete</translation>
        </message>
        <message>
            <location filename="../../desktop/views/department_pane.py" />
            <source>删除联系方式</source>
            <translation>Delete contact</translation>
        </message>
        <message>
            <location filename="../../desktop/views/department_pane.py" />
            <source>单位</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location filename="../../desktop/views/department_pane.py" />
            <source>名称</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../desktop/views/department_pane.py" />
            <source>复制电话</source>
            <translation>Copy phone</translation>
        </message>
        <message>
            <location filename="../../desktop/views/department_pane.py" />
            <source>复制邮箱</source>
            <translation>Copy e-mail</translation>
        </message>
        <message>
            <location filename="../../desktop/views/department_pane.py" />
            <source>外部联系方式</source>
            <translation>Outside contacts</translation>
        </message>
        <message>
            <location filename="../../desktop/views/department_pane.py" />
            <source>新增联系方式…</source>
            <translation>New contact…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/department_pane.py" />
            <source>用途</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <location filename="../../desktop/views/department_pane.py" />
            <source>电话</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../desktop/views/department_pane.py" />
            <source>确定删除“{0}”吗？</source>
            <translation>Delete “{0}”?</translation>
        </message>
        <message>
            <source>编辑…</source>
            <translation type="vanished">Edit…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/department_pane.py" />
            <source>邮箱</source>
            <translation>E-mail</translation>
        </message>
    </context>
    <context>
        <name>Crash</name>
        <message>
            <location filename="../../desktop/crash.py" />
            <source>复制详细信息</source>
            <translation>Copy details</translation>
        </message>
        <message>
            <location filename="../../desktop/crash.py" />
            <source>日志文件：{0}</source>
            <translation>Log file: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/crash.py" />
            <source>督办台</source>
            <translation>Duban</translation>
        </message>
        <message>
            <location filename="../../desktop/crash.py" />
            <source>督办台遇到了一个意外错误。您已保存的数据不受影响；正在进行的操作可能没有完成。
请点击“复制详细信息”，把内容发给技术支持人员。</source>
            <translation>Duban ran into an unexpected error. The data you have saved is not affected; what you were doing may not have been completed.
Please click "Copy details" and send the text to whoever supports you.</translation>
        </message>
        <message>
            <location filename="../../desktop/crash.py" />
            <source>详细信息也已记录在日志文件中：{0}</source>
            <translation>The details were also written to the log file: {0}</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <location filename="../../desktop/db/sqlite.py" />
            <source>{0} 上次保存时被中断（旁边留有日志文件 {1}），要先恢复才能读取；这个命令只读，没有恢复它，文件没有改动。用督办台打开这个文件（或运行一个写入的命令）时，SQLite 会自动恢复到那次保存之前。请不要删除这个日志文件。</source>
            <translation>The last save to {0} was interrupted (the journal {1} is beside it) and must be recovered before the file can be read; this command only reads, so it did not recover it and the file is unchanged. When Duban opens the file (or a command that writes runs), SQLite recovers it to before that save. Do not delete the journal file.</translation>
        </message>
        <message>
            <location filename="../../desktop/db/sqlite.py" />
            <source>{0} 上次保存时被中断，留下了未完成的日志文件（{1}）。需要在有写入权限的电脑上用督办台打开一次，由 SQLite 自动恢复；请不要删除这个日志文件。</source>
            <translation>The last save to {0} was interrupted and left an unfinished journal file ({1}). Open it once in Duban on a PC with write permission so that SQLite recovers it automatically; do not delete the journal file.</translation>
        </message>
        <message>
            <location filename="../../desktop/db/sqlite.py" />
            <source>{0} 不是 Duban 数据库文件（不是 SQLite 数据库）。请选择扩展名为 .duban 的文件。</source>
            <translation>{0} is not a Duban database file (not an SQLite database). Please choose a file with the .duban extension.</translation>
        </message>
        <message>
            <location filename="../../desktop/db/sqlite.py" />
            <source>{0} 不是普通文件（是管道、设备或套接字），不是 Duban 数据库文件，督办台不会打开它。请选择扩展名为 .duban 的数据库文件。</source>
            <translation>{0} is not a regular file (it is a pipe, device or socket), so it is not a Duban database and Duban will not open it. Please choose a database file ending in .duban.</translation>
        </message>
        <message>
            <location filename="../../desktop/db/sqlite.py" />
            <source>{0} 不是督办台数据库文件（可能已损坏，或是别的文件改了扩展名）。请选择正确的数据库文件，或从备份恢复。</source>
            <translation>{0} is not a Duban database (it may be damaged, or another file renamed to this extension). Choose the right database file, or restore from a backup.</translation>
        </message>
        <message>
            <location filename="../../desktop/db/database.py" />
            <source>{0} 中已经有数据，Duban 不会覆盖它。</source>
            <translation>{0} already holds data; Duban will not overwrite it.</translation>
        </message>
        <message>
            <location filename="../../desktop/db/database.py" />
            <source>{0} 中没有 Duban 数据。请先用 duban init 创建。</source>
            <translation>{0} holds no Duban data. Create it first with duban init.</translation>
        </message>
        <message>
            <location filename="../../desktop/db/failures.py" />
            <source>{0} 在打开之后被移动、改名或替换了（也可能是网络驱动器重新连接过），这次没有保存。请关闭后重新打开这个文件再试。</source>
            <translation>{0} was moved, renamed or replaced after it was opened (or the network drive reconnected), so this change was not saved. Please close the file, open it again and retry.</translation>
        </message>
        <message>
            <location filename="../../desktop/db/failures.py" />
            <source>{0} 已损坏或不是 Duban 数据库文件。请从备份恢复。</source>
            <translation>{0} is damaged or not a Duban database file. Please restore it from a backup.</translation>
        </message>
        <message>
            <location filename="../../desktop/db/sqlite.py" />
            <source>{0} 已损坏或不是 Duban 数据库文件（{1}）。请从备份恢复。</source>
            <translation>{0} is damaged or not a Duban database file ({1}). Please restore it from a backup.</translation>
        </message>
        <message>
            <location filename="../../desktop/db/failures.py" />
            <source>{0} 所在的文件夹不允许写入，不能保存。请检查网络共享的写入权限。</source>
            <translation>The folder of {0} does not allow writing, so nothing can be saved. Please check the write permission of the network share.</translation>
        </message>
        <message>
            <location filename="../../desktop/db/sqlite.py" />
            <source>{0} 是一个文件夹，不是 Duban 数据库文件。</source>
            <translation>{0} is a folder, not a Duban database file.</translation>
        </message>
        <message>
            <location filename="../../desktop/db/database.py" />
            <source>{0} 是一个空的 SQLite 文件，不是 Duban 数据库。请用“文件 → 新建”创建数据库。</source>
            <translation>{0} is an empty SQLite file, not a Duban database. Create a database with File → New.</translation>
        </message>
        <message>
            <location filename="../../desktop/db/sqlite.py" />
            <source>{0} 是其他程序的数据库，不是 Duban 数据库。Duban 不会修改它。</source>
            <translation>{0} is another program's database, not a Duban database. Duban will not change it.</translation>
        </message>
        <message>
            <location filename="../../desktop/db/failures.py" />
            <source>{0} 是只读的，不能保存。请检查文件属性或网络共享的写入权限。</source>
            <translation>{0} is read-only and cannot be saved. Please check the file's attributes or the network share's write permission.</translation>
        </message>
        <message>
            <location filename="../../desktop/db/sqlite.py" />
            <source>{0} 是循环的符号链接（快捷方式指向了自己），无法打开。请检查它指向哪里。</source>
            <translation>{0} is a symbolic link loop (a shortcut that points to itself) and cannot be opened. Please check where it points.</translation>
        </message>
        <message>
            <location filename="../../desktop/db/failures.py" />
            <source>{0} 正被另一个程序以 WAL 方式打开，这种方式在网络驱动器上不安全，督办台不能同时使用它。请关闭那个程序（例如数据库查看工具）后再打开。</source>
            <translation>{0} is open in another program in WAL mode, which is unsafe on a network drive, so Duban cannot use it at the same time. Close that program (e.g. a database viewer) and open it again.</translation>
        </message>
        <message>
            <location filename="../../desktop/db/sqlite.py" />
            <source>{0} 的架构版本缺失，文件可能已损坏。请从备份恢复。</source>
            <translation>The schema revision of {0} is missing; the file may be damaged. Please restore it from a backup.</translation>
        </message>
        <message>
            <location filename="../../desktop/db/database.py" />
            <source>{0} 需要升级到新的数据格式，但 {1} 正打开着它。请等他们关闭 Duban 后再打开；升级时其他人不能使用这个文件。</source>
            <translation>{0} must be upgraded to the new data format, but {1} has it open. Please wait until they have closed Duban; nobody else can use the file during the upgrade.</translation>
        </message>
        <message>
            <location filename="../../desktop/db/database.py" />
            <source>{0}，只能查看，不能保存。如需修改，请让管理员开放写入权限。</source>
            <translation>{0}: it can only be viewed, not saved. To make changes, ask the administrator for write permission.</translation>
        </message>
        <message>
            <location filename="../../desktop/db/lockfile.py" />
            <source>另一台电脑</source>
            <translation>another PC</translation>
        </message>
        <message>
            <location filename="../../desktop/db/lockfile.py" />
            <source>所在文件夹不允许写入</source>
            <translation>its folder does not allow writing</translation>
        </message>
        <message>
            <location filename="../../desktop/db/sqlite.py" />
            <source>找不到文件：{0}。请检查路径是否正确，或网络驱动器是否已连接。</source>
            <translation>File not found: {0}. Please check the path, or whether the network drive is connected.</translation>
        </message>
        <message>
            <location filename="../../desktop/db/server_errors.py" />
            <source>数据库 {0} 在服务器上不存在。请检查数据库地址中的数据库名，或请管理员先建立它。</source>
            <translation>The database {0} does not exist on the server. Check the database name in the address, or ask the administrator to create it.</translation>
        </message>
        <message>
            <location filename="../../desktop/db/failures.py" />
            <location filename="../../desktop/db/server_errors.py" />
            <source>数据库 {0} 正被另一台电脑占用（正在保存）。请稍等几秒后再试。</source>
            <translation>The database {0} is busy on another PC (saving). Please wait a few seconds and try again.</translation>
        </message>
        <message>
            <location filename="../../desktop/db/database.py" />
            <source>数据库以只读方式打开，不能保存修改。</source>
            <translation>The database is open read-only; changes cannot be saved.</translation>
        </message>
        <message>
            <location filename="../../desktop/db/server_errors.py" />
            <source>数据库服务器 {0} 拒绝登录：用户名或密码不对。请检查数据库地址中的用户名和密码，或联系管理员。</source>
            <translation>The database server {0} refused the login: wrong user name or password. Check the user name and password in the database address, or contact the administrator.</translation>
        </message>
        <message>
            <location filename="../../desktop/db/server_errors.py" />
            <source>数据库服务器不允许这台电脑连接 {0}。请联系管理员开通访问权限。</source>
            <translation>The database server does not allow this PC to connect to {0}. Please ask the administrator for access.</translation>
        </message>
        <message>
            <location filename="../../desktop/db/lockfile.py" />
            <source>数据库正被 {0} 保存占用，等了 {1} 秒仍未结束。请稍后再试。</source>
            <translation>The database is busy with a save by {0} and is still busy after {1} seconds. Please try again later.</translation>
        </message>
        <message>
            <location filename="../../desktop/db/database.py" />
            <source>文件 {0} 已存在。Duban 不会覆盖已有文件，请换一个文件名。</source>
            <translation>The file {0} already exists. Duban does not overwrite existing files; please choose another name.</translation>
        </message>
        <message>
            <location filename="../../desktop/db/sqlite.py" />
            <source>文件名太长，无法使用：{0}。每一级文件夹名和文件名最多 255 字节（一个汉字占 3 字节），督办台还要在旁边建立名字更长一些的日志文件。请把文件改个短一些的名字，或放到名字短一些的文件夹里。</source>
            <translation>The file name is too long to use: {0}. Each folder and file name may have at most 255 bytes (a Chinese character takes 3), and Duban also creates a journal file with a slightly longer name beside it. Please give the file a shorter name, or move it into a folder with a shorter name.</translation>
        </message>
        <message>
            <location filename="../../desktop/db/database.py" />
            <source>文件夹 {0} 不存在。请先创建它或换一个位置。</source>
            <translation>The folder {0} does not exist. Create it first or choose another location.</translation>
        </message>
        <message>
            <location filename="../../desktop/db/lockfile.py" />
            <source>文件本身是只读的</source>
            <translation>the file itself is read-only</translation>
        </message>
        <message>
            <location filename="../../desktop/db/engine.py" />
            <source>无法使用数据库地址 {0}：不支持的数据库类型或缺少驱动程序（{1}）。</source>
            <translation>Cannot use the database address {0}: unsupported database type or missing driver ({1}).</translation>
        </message>
        <message>
            <location filename="../../desktop/db/failures.py" />
            <source>无法写入 {0}：读写网络驱动器时出错（I/O 错误），这次没有保存。网络驱动器可能已断开，请检查网络连接后再试。</source>
            <translation>Cannot write {0}: an error occurred reading or writing the network drive (I/O error), so this change was not saved. The network drive may be disconnected; please check the network connection and try again.</translation>
        </message>
        <message>
            <location filename="../../desktop/db/lockfile.py" />
            <source>无法在 {0} 所在的文件夹中写入，数据库只能查看、不能保存。请检查网络共享的写入权限。</source>
            <translation>Cannot write in the folder of {0}; the database can only be viewed, not saved. Please check the network share's write permission.</translation>
        </message>
        <message>
            <location filename="../../desktop/db/failures.py" />
            <location filename="../../desktop/db/lockfile.py" />
            <source>无法访问 {0}。网络驱动器可能已断开，请检查网络连接后再试。</source>
            <translation>Cannot reach {0}. The network drive may be disconnected; please check the network connection and try again.</translation>
        </message>
        <message>
            <location filename="../../desktop/db/sqlite.py" />
            <source>无法访问 {0}（{1}）。网络驱动器可能已断开，请检查网络连接后再试。</source>
            <translation>Cannot access {0} ({1}). The network drive may be disconnected; please check the network connection and try again.</translation>
        </message>
        <message>
            <source>无法读取文件 {0}：{1}。请检查文件权限或网络连接。</source>
            <translation type="vanished">Cannot read the file {0}: {1}. Please check the file permissions or the network connection.</translation>
        </message>
        <message>
            <location filename="../../desktop/db/server_errors.py" />
            <source>无法连接数据库服务器 {0}。服务器可能未启动或网络已断开，请检查网络连接或联系管理员。</source>
            <translation>Cannot connect to the database server {0}. The server may not be running or the network is down; please check the network connection or contact the administrator.</translation>
        </message>
        <message>
            <location filename="../../desktop/db/failures.py" />
            <source>无法连接数据库服务器 {0}。请检查网络或联系管理员。</source>
            <translation>Cannot connect to the database server {0}. Please check the network or contact the administrator.</translation>
        </message>
        <message>
            <location filename="../../desktop/db/sqlite.py" />
            <source>没有权限访问 {0}。请检查文件和所在文件夹的权限，或请管理员开放访问。</source>
            <translation>No permission to access {0}. Please check the permissions of the file and its folder, or ask the administrator for access.</translation>
        </message>
        <message>
            <location filename="../../desktop/db/failures.py" />
            <location filename="../../desktop/db/lockfile.py" />
            <source>磁盘已满，无法保存到 {0}。请清理磁盘空间后再试。</source>
            <translation>The disk is full; cannot save to {0}. Free some disk space and try again.</translation>
        </message>
        <message>
            <location filename="../../desktop/db/database.py" />
            <source>读取 {0} 时另一台电脑正在保存，这次没有读完。请稍后再试（数据没有受损）。</source>
            <translation>Another PC was saving to {0} while it was being read, so this read did not finish. Please try again shortly (no data was damaged).</translation>
        </message>
        <message>
            <location filename="../../desktop/db/sqlite.py" />
            <source>这个文件标明需要 Duban {0} 或更新版本才能修改（由更新版本的 Duban 写入）；当前版本 {1} 只能查看。请升级 Duban。</source>
            <translation>This file states that Duban {0} or newer is needed to change it (it was written by a newer Duban); this version, {1}, can only view it. Please upgrade Duban.</translation>
        </message>
        <message>
            <location filename="../../desktop/db/sqlite.py" />
            <source>这个文件由更新版本的 Duban 创建（架构版本 {0}），当前版本 {1} 只能查看。请升级 Duban。</source>
            <translation>This file was created by a newer Duban (schema revision {0}); this version, {1}, can only view it. Please upgrade Duban.</translation>
        </message>
        <message>
            <location filename="../../desktop/db/sqlite.py" />
            <source>这个文件由更新版本的 Duban 升级过（架构版本 {0}），需要 Duban {1} 或更新版本才能修改；当前版本 {2} 只能查看。请升级 Duban。</source>
            <translation>This file was upgraded by a newer Duban (schema revision {0}); changing it needs Duban {1} or newer. This version, {2}, can only view it. Please upgrade Duban.</translation>
        </message>
        <message>
            <location filename="../../desktop/db/database.py" />
            <source>这条记录刚被另一台电脑上的同事修改过，您的保存没有生效。请刷新后重新修改。</source>
            <translation>A colleague on another PC has just changed this record, so your save did not take effect. Please refresh and make your change again.</translation>
        </message>
    </context>
    <context>
        <name>DepartmentPane</name>
        <message>
            <location filename="../../desktop/views/department_pane.py" />
            <source>没有保存</source>
            <translation>Not saved</translation>
        </message>
    </context>
    <context>
        <name>DepartmentsPane</name>
        <message>
            <location filename="../../desktop/views/department_pane.py" />
            <source>人数</source>
            <translation>People</translation>
        </message>
        <message>
            <location filename="../../desktop/views/department_pane.py" />
            <source>全称</source>
            <translation>Full name</translation>
        </message>
        <message>
            <source>删除</source>
            <translation type="vanished">Delete</translation>
        </message>
        <message>
            <location filename="../../desktop/views/department_pane.py" />
            <source>删除部门</source>
            <translation>Delete department</translation>
        </message>
        <message>
            <location filename="../../desktop/views/department_pane.py" />
            <source>备注</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../desktop/views/department_pane.py" />
            <source>新增部门…</source>
            <translation>New department…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/department_pane.py" />
            <source>确定删除“{0}”吗？</source>
            <translation>Delete “{0}”?</translation>
        </message>
        <message>
            <location filename="../../desktop/views/department_pane.py" />
            <source>简称</source>
            <translation>Short name</translation>
        </message>
        <message>
            <location filename="../../desktop/views/department_pane.py" />
            <source>类别</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>编辑…</source>
            <translation type="vanished">Edit…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/department_pane.py" />
            <source>部门与单位</source>
            <translation>Departments and units</translation>
        </message>
    </context>
    <context>
        <name>DocumentPreview</name>
        <message>
            <location filename="../../desktop/views/document_preview.py" />
            <source>PDF 文件 (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/document_preview.py" />
            <source>Word 文件 (*.docx)</source>
            <translation>Word files (*.docx)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/document_preview.py" />
            <source>打印预览 — {0}</source>
            <translation>Print preview — {0}</translation>
        </message>
    </context>
    <context>
        <name>DraftsDialog</name>
        <message>
            <location filename="../../desktop/views/notices_window.py" />
            <source>事项</source>
            <translation>Item</translation>
        </message>
        <message>
            <location filename="../../desktop/views/notices_window.py" />
            <source>原因</source>
            <translation>Why</translation>
        </message>
        <message>
            <location filename="../../desktop/views/notices_window.py" />
            <source>回复期限</source>
            <translation>Reply by</translation>
        </message>
        <message>
            <location filename="../../desktop/views/notices_window.py" />
            <source>按等级规则（逾期、临期、再次督办）列出今天应发的督办单；选中要签发的行。编号在保存时按年度顺序分配。</source>
            <translation>The notices today's items call for by the grading rule (overdue, due soon, a second notice); select the rows to issue. Numbers are given in the year's order when saved.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/notices_window.py" />
            <source>接收人</source>
            <translation>Recipient</translation>
        </message>
        <message>
            <location filename="../../desktop/views/notices_window.py" />
            <source>期限</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <location filename="../../desktop/views/notices_window.py" />
            <source>督办要求：留空则按等级用默认措辞；填写则用于所选的每一份</source>
            <translation>Requirement: leave empty for each grade's default wording, or type one for every notice selected</translation>
        </message>
        <message>
            <location filename="../../desktop/views/notices_window.py" />
            <source>科室</source>
            <translation>Section</translation>
        </message>
        <message>
            <location filename="../../desktop/views/notices_window.py" />
            <source>等级</source>
            <translation>Grade</translation>
        </message>
        <message>
            <location filename="../../desktop/views/notices_window.py" />
            <source>签发所选</source>
            <translation>Issue selected</translation>
        </message>
        <message>
            <location filename="../../desktop/views/notices_window.py" />
            <source>签发督办单</source>
            <translation>Issue notices</translation>
        </message>
        <message>
            <location filename="../../desktop/views/notices_window.py" />
            <source>逾期工作日</source>
            <translation>Working days late</translation>
        </message>
    </context>
    <context>
        <name>Editing</name>
        <message>
            <location filename="../../desktop/services/editing.py" />
            <source>“{0}”不能为空。请填写后再保存。</source>
            <translation>"{0}" cannot be empty. Please fill it in and save again.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/editing.py" />
            <source>“{0}”中有 {1} 个不可见的控制字符，已删除。</source>
            <translation>{1} invisible control character(s) in "{0}" were removed.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/editing.py" />
            <source>“{0}”刚被另一台电脑上的同事修改过，有 {1} 处与您的修改不同。请逐项选择保留哪一个版本。</source>
            <translation>A colleague on another PC has just changed "{0}"; {1} field(s) differ from your changes. Please choose which version to keep for each.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/editing.py" />
            <source>“{0}”有 {1} 个字，超过了 {2} 字的上限，没有保存。文字仍在编辑框中，请删减后再保存。</source>
            <translation>"{0}" has {1} characters, over the limit of {2}, and was not saved. The text is still in the edit box; please shorten it and save again.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/editing.py" />
            <source>“{0}”（{1}）不像是有效的日期。请检查年份。</source>
            <translation>"{0}" ({1}) does not look like a valid date. Please check the year.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/editing.py" />
            <source>“{0}”（{1}）早于计划年度 {2} 年。请检查日期。</source>
            <translation>"{0}" ({1}) is before the plan year {2}. Please check the date.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/editing.py" />
            <source>无法撤销“{0}”：{1} 已被他人修改。请手动修改。</source>
            <translation>Cannot undo "{0}": {1} has been changed by someone else. Please change it by hand.</translation>
        </message>
    </context>
    <context>
        <name>Excel</name>
        <message>
            <location filename="../../desktop/excel/forms.py" />
            <source>{0}字以内（标点计入，空格和换行不计）。超出的字数在导入时会标出。</source>
            <translation>At most {0} characters (punctuation counts; spaces and line breaks do not). Characters over the limit are marked on import.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/forms_export.py" />
            <source>{0}年{1}月</source>
            <translation>{0}年{1}月</translation>
        </message>
        <message>
            <location filename="../../desktop/excel/forms.py" />
            <source>{0}年{1}月{2}日</source>
            <translation>{0}-{1:02d}-{2:02d}</translation>
        </message>
        <message>
            <location filename="../../desktop/excel/forms.py" />
            <source>{0}攻坚台帐</source>
            <translation>{0} reform ledger</translation>
        </message>
        <message>
            <location filename="../../desktop/excel/forms.py" />
            <source>{0}没有牵头的未办结任务，没有生成台帐。</source>
            <translation>{0} leads no uncompleted tasks; no form was made.</translation>
        </message>
        <message>
            <location filename="../../desktop/excel/forms.py" />
            <source>【延期】{0}</source>
            <translation>[Extended] {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plan_export.py" />
            <source>事项</source>
            <translation>Item</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plan_export.py" />
            <source>人员</source>
            <translation>People</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plan_export.py" />
            <source>任务</source>
            <translation>Task</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plan_export.py" />
            <source>任务来源</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../../desktop/excel/identity.py" />
            <source>任务清单是空的</source>
            <translation>The task list is empty</translation>
        </message>
        <message>
            <location filename="../../desktop/excel/identity.py" />
            <source>任务清单第 {0} 行无法识别</source>
            <translation>Line {0} of the task list was not understood</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plan_export.py" />
            <source>任务编号</source>
            <translation>Task no.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plan_export.py" />
            <source>内容</source>
            <translation>Content</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plan_export.py" />
            <source>分管领导</source>
            <translation>Leader in charge</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plan_export.py" />
            <source>办结日期</source>
            <translation>Completed on</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plan_export.py" />
            <source>协同科室</source>
            <translation>Cooperating sections</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plan_export.py" />
            <source>合办科室</source>
            <translation>Co-sections</translation>
        </message>
        <message>
            <location filename="../../desktop/excel/cells.py" />
            <source>否</source>
            <translation>No</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plan_export.py" />
            <source>在岗</source>
            <translation>In post</translation>
        </message>
        <message>
            <location filename="../../desktop/excel/forms.py" />
            <source>填写说明：1. 只在白色单元格中填写：“进展情况（主要措施及成效）”填写本期主要措施及成效，{0} 字以内；“需要攻坚突破的难点堵点及预期成果”如有变化请直接修改，{1} 字以内，保留“难点堵点：”“预期成果：”两个标题。2. 灰色单元格和表头请勿修改，不要增删行、列或工作表。3. {2}</source>
            <translation>How to fill in: 1. Write only in the white cells: under "Progress (main measures and results)" write this period's main measures and results, at most {0} characters; under "Difficulties to break through and expected results", edit directly if anything changed, at most {1} characters, keeping the two headings "难点堵点：" and "预期成果：". 2. Do not change the grey cells or the headers, and do not add or delete rows, columns or sheets. 3. {2}</translation>
        </message>
        <message>
            <location filename="../../desktop/excel/forms.py" />
            <source>填好后保存为 .xlsx 格式（不要另存为 .xls 或 .et），于 {0}前发回{1}。</source>
            <translation>When filled in, save it as .xlsx (not .xls or .et) and send it back to {1} by {0}.</translation>
        </message>
        <message>
            <location filename="../../desktop/excel/forms.py" />
            <source>填好后保存为 .xlsx 格式（不要另存为 .xls 或 .et），发回{0}。</source>
            <translation>When filled in, save it as .xlsx (not .xls or .et) and send it back to {0}.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plan_export.py" />
            <source>姓名</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plan_export.py" />
            <source>审核人</source>
            <translation>Reviewer</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plan_export.py" />
            <source>审核意见</source>
            <translation>Review comment</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plan_export.py" />
            <source>审核日期</source>
            <translation>Reviewed on</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plan_export.py" />
            <source>宣传推广</source>
            <translation>Publicity</translation>
        </message>
        <message>
            <location filename="../../desktop/excel/sheets.py" />
            <source>导出文件名应以 .xlsx 结尾：{0}</source>
            <translation>The export file name should end in .xlsx: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plan_export.py" />
            <source>小组职务</source>
            <translation>Group role</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plan_export.py" />
            <source>已备检</source>
            <translation>Prepared</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plan_export.py" />
            <source>已更正</source>
            <translation>Corrected</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plan_export.py" />
            <source>市科技局工作计划</source>
            <translation>Municipal S&amp;T Bureau work plan</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plan_export.py" />
            <source>序号</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plan_export.py" />
            <source>开始</source>
            <translation>Start</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plan_export.py" />
            <source>归集日</source>
            <translation>Collection day</translation>
        </message>
        <message>
            <location filename="../../desktop/excel/forms.py" />
            <source>所有未办结的任务都没有指定牵头科室，没有生成台帐。请先在任务页为它们指定牵头科室。</source>
            <translation>None of the uncompleted tasks has a lead section, so no forms were made. Give them a lead section on the Tasks tab first.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plan_export.py" />
            <source>批示原文</source>
            <translation>Original text</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plan_export.py" />
            <source>批示领导</source>
            <translation>Instructing leader</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plan_export.py" />
            <source>报送人</source>
            <translation>Reported by</translation>
        </message>
        <message>
            <location filename="../../desktop/excel/identity.py" />
            <source>报送截止日期“{0}”无法识别</source>
            <translation>The reporting deadline "{0}" was not understood</translation>
        </message>
        <message>
            <location filename="../../desktop/excel/forms.py" />
            <source>报送截止：{0}</source>
            <translation>Reporting deadline: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plan_export.py" />
            <source>报送日期</source>
            <translation>Reported on</translation>
        </message>
        <message>
            <location filename="../../desktop/excel/forms.py" />
            <source>报送期次“{0}”太长（最多 50 个字）。</source>
            <translation>The reporting period "{0}" is too long (at most 50 characters).</translation>
        </message>
        <message>
            <location filename="../../desktop/excel/forms.py" />
            <source>报送期次：{0}</source>
            <translation>Reporting period: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plan_export.py" />
            <source>措施</source>
            <translation>Measure</translation>
        </message>
        <message>
            <location filename="../../desktop/excel/forms.py" />
            <source>攻坚台帐-{0}-{1}</source>
            <translation>Ledger-{0}-{1}</translation>
        </message>
        <message>
            <location filename="../../desktop/excel/cells.py" />
            <source>文件 {0} 已存在于 {1}。督办台不会覆盖已有文件；请换一个文件夹，或先移走旧文件。</source>
            <translation>The file {0} already exists in {1}. Duban does not overwrite existing files; choose another folder or move the old file away first.</translation>
        </message>
        <message>
            <location filename="../../desktop/excel/forms.py" />
            <source>文字太长</source>
            <translation>Text too long</translation>
        </message>
        <message>
            <location filename="../../desktop/services/forms_export.py" />
            <source>无</source>
            <translation>None</translation>
        </message>
        <message>
            <source>无法写入 {0}：{1}。请检查文件夹和磁盘空间后再试。</source>
            <translation type="vanished">Cannot write {0}: {1}. Please check the folder and the disk space and try again.</translation>
        </message>
        <message>
            <source>无法写入 {0}：文件正被其他程序（例如 Excel）打开，或没有写入权限。请关闭该文件或换一个文件夹后再试。</source>
            <translation type="vanished">Cannot write {0}: the file is open in another program (e.g. Excel) or there is no write permission. Close the file or choose another folder and try again.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plan_export.py" />
            <source>时间</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../desktop/excel/cells.py" />
            <source>是</source>
            <translation>Yes</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plan_export.py" />
            <source>最近报送</source>
            <translation>Latest report</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plan_export.py" />
            <source>期次</source>
            <translation>Period</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plan_export.py" />
            <source>期限</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <location filename="../../desktop/excel/forms.py" />
            <source>未指定科室</source>
            <translation>No section given</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plan_export.py" />
            <source>来文文号</source>
            <translation>Document no.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plan_export.py" />
            <source>来文日期</source>
            <translation>Document date</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plan_export.py" />
            <source>来源</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plan_export.py" />
            <source>来源说明</source>
            <translation>Source note</translation>
        </message>
        <message>
            <location filename="../../desktop/excel/forms.py" />
            <source>此前已生成的 {0} 份台帐完整可用：{1}；其余 {2} 份没有生成。</source>
            <translation>The {0} ledgers generated before are complete and usable: {1}; the other {2} were not generated.</translation>
        </message>
        <message>
            <source>没有名为“{0}”的科室。可用的科室：{1}。</source>
            <translation type="vanished">There is no section named "{0}". Available sections: {1}.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plan_export.py" />
            <source>牵头科室</source>
            <translation>Lead section</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plan_export.py" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plan_export.py" />
            <source>电话</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../desktop/excel/forms.py" />
            <location filename="../../desktop/excel/sheets.py" />
            <source>督办台 Duban</source>
            <translation>Duban</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plan_export.py" />
            <source>督察清单</source>
            <translation>Inspection checklist</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plan_export.py" />
            <source>督查主体</source>
            <translation>Inspecting body</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plan_export.py" />
            <source>督查事项</source>
            <translation>Inspection item</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plan_export.py" />
            <source>督查内容</source>
            <translation>Inspection content</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plan_export.py" />
            <source>督查对象</source>
            <translation>Inspected party</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plan_export.py" />
            <source>科室负责人</source>
            <translation>Section head</translation>
        </message>
        <message>
            <location filename="../../desktop/excel/forms.py" />
            <source>科室：{0}</source>
            <translation>Section: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/excel/cells.py" />
            <source>第 &amp;P 页，共 &amp;N 页</source>
            <translation>Page &amp;P of &amp;N</translation>
        </message>
        <message>
            <location filename="../../desktop/excel/identity.py" />
            <source>第一行不是表格标记</source>
            <translation>The first row is not the form marker</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plan_export.py" />
            <source>级别</source>
            <translation>Level</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plan_export.py" />
            <source>结束</source>
            <translation>End</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plan_export.py" />
            <source>统筹科室</source>
            <translation>Coordinating section</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plan_export.py" />
            <source>编号</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../desktop/excel/identity.py" />
            <source>缺少任务清单</source>
            <translation>The task list is missing</translation>
        </message>
        <message>
            <location filename="../../desktop/excel/identity.py" />
            <source>缺少数据库标识</source>
            <translation>The database identifier is missing</translation>
        </message>
        <message>
            <location filename="../../desktop/excel/identity.py" />
            <source>缺少生成时间</source>
            <translation>The creation time is missing</translation>
        </message>
        <message>
            <location filename="../../desktop/excel/identity.py" />
            <source>缺少表格格式版本</source>
            <translation>The form format version is missing</translation>
        </message>
        <message>
            <location filename="../../desktop/excel/identity.py" />
            <source>缺少计划编号</source>
            <translation>The plan number is missing</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plan_export.py" />
            <source>职务</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../desktop/excel/identity.py" />
            <source>表格类型“{0}”无法识别</source>
            <translation>The form type "{0}" was not recognised</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plan_export.py" />
            <source>要求</source>
            <translation>Requirement</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plan_export.py" />
            <source>要求（原文）</source>
            <translation>Requirement (as written)</translation>
        </message>
        <message>
            <location filename="../../desktop/excel/forms.py" />
            <source>计划中没有未办结的任务，没有生成台帐。</source>
            <translation>The plan has no uncompleted tasks; no form was made.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/forms_export.py" />
            <source>计划中没有编号为“{0}”的任务。已有的编号：{1}。</source>
            <translation>The plan has no task numbered "{0}". Existing numbers: {1}.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/forms_export.py" />
            <location filename="../../desktop/services/plan_export.py" />
            <source>计划已不存在（可能刚被另一台电脑删除）。</source>
            <translation>The plan no longer exists (another PC may have just deleted it).</translation>
        </message>
        <message>
            <location filename="../../desktop/excel/forms.py" />
            <source>请填写报送期次，例如“2022年5月”。</source>
            <translation>Please enter the reporting period, e.g. "2022年5月".</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plan_export.py" />
            <source>负责</source>
            <translation>Responsible</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plan_export.py" />
            <source>责任</source>
            <translation>Responsibility</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plan_export.py" />
            <source>责任人</source>
            <translation>Person responsible</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plan_export.py" />
            <source>责任部门</source>
            <translation>Responsible department</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plan_export.py" />
            <source>超字数</source>
            <translation>Over length</translation>
        </message>
        <message>
            <location filename="../../desktop/excel/forms.py" />
            <source>这一格最多 {0} 字，规定为 {1} 字以内。请精简后再填。</source>
            <translation>This cell takes at most {0} characters; the rule is {1}. Please shorten it.</translation>
        </message>
        <message>
            <location filename="../../desktop/excel/identity.py" />
            <source>这份台帐由更新版本的督办台生成（格式 {0}，本程序支持到 {1}）。请升级督办台后再导入。</source>
            <translation>This form was made by a newer Duban (format {0}; this program supports up to {1}). Please upgrade Duban before importing it.</translation>
        </message>
        <message>
            <location filename="../../desktop/excel/identity.py" />
            <source>这份台帐的识别信息已丢失（可能被复制到了新的工作簿中）。请使用督办台导出的原表格填写后发回。</source>
            <translation>This form's identification has been lost (it may have been copied into a new workbook). Please fill in the original form exported by Duban and send that back.</translation>
        </message>
        <message>
            <location filename="../../desktop/excel/identity.py" />
            <source>这份台帐的识别信息已损坏（{0}），无法确定它属于哪些任务。请重新导出台帐，请科室在新表格中填写后发回。</source>
            <translation>This form's identification is damaged ({0}), so it cannot be told which tasks it belongs to. Please export the form again and ask the section to fill in the new one.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/forms_export.py" />
            <source>这项任务已不存在（可能刚被另一台电脑删除）。请刷新后再导出。</source>
            <translation>This task no longer exists (another PC may have just deleted it). Please refresh and export again.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plan_export.py" />
            <source>进展台帐</source>
            <translation>Progress ledger</translation>
        </message>
        <message>
            <location filename="../../desktop/excel/forms.py" />
            <location filename="../../desktop/services/plan_export.py" />
            <source>进展情况</source>
            <translation>Progress</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plan_export.py" />
            <source>邮箱</source>
            <translation>Email</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plan_export.py" />
            <source>部门</source>
            <translation>Department</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plan_export.py" />
            <source>难点堵点</source>
            <translation>Difficulties</translation>
        </message>
        <message>
            <location filename="../../desktop/excel/forms.py" />
            <source>难点堵点及预期成果</source>
            <translation>Difficulties and expected results</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plan_export.py" />
            <source>预期成果</source>
            <translation>Expected results</translation>
        </message>
        <message>
            <location filename="../../desktop/services/forms_export.py" />
            <source>领导小组办公室</source>
            <translation>Leading Group Office</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plan_export.py" />
            <source>频次</source>
            <translation>Frequency</translation>
        </message>
    </context>
    <context>
        <name>ExtensionDecisionDialog</name>
        <message>
            <location filename="../../desktop/views/extension_dialogs.py" />
            <source>{0}（{1}）</source>
            <translation>{0} ({1})</translation>
        </message>
        <message>
            <location filename="../../desktop/views/extension_dialogs.py" />
            <source>审批意见</source>
            <translation>Decision remark</translation>
        </message>
        <message>
            <location filename="../../desktop/views/extension_dialogs.py" />
            <source>审批日期</source>
            <translation>Decided on</translation>
        </message>
        <message>
            <location filename="../../desktop/views/extension_dialogs.py" />
            <source>审批领导</source>
            <translation>Decided by</translation>
        </message>
        <message>
            <location filename="../../desktop/views/extension_dialogs.py" />
            <source>申请</source>
            <translation>Request</translation>
        </message>
        <message>
            <location filename="../../desktop/views/extension_dialogs.py" />
            <source>（请选择）</source>
            <translation>(choose)</translation>
        </message>
    </context>
    <context>
        <name>ExtensionRequestDialog</name>
        <message>
            <location filename="../../desktop/views/extension_dialogs.py" />
            <source>可不填，如“7 月底前出台”</source>
            <translation>Optional, e.g. "issued by end of July"</translation>
        </message>
        <message>
            <location filename="../../desktop/views/extension_dialogs.py" />
            <source>延期事项</source>
            <translation>Item to extend</translation>
        </message>
        <message>
            <location filename="../../desktop/views/extension_dialogs.py" />
            <source>延期理由</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../desktop/views/extension_dialogs.py" />
            <source>延至（原文写法）</source>
            <translation>New deadline as written</translation>
        </message>
        <message>
            <location filename="../../desktop/views/extension_dialogs.py" />
            <source>现在的期限</source>
            <translation>Current deadline</translation>
        </message>
        <message>
            <location filename="../../desktop/views/extension_dialogs.py" />
            <source>申请人</source>
            <translation>Requested by</translation>
        </message>
        <message>
            <location filename="../../desktop/views/extension_dialogs.py" />
            <source>申请延期</source>
            <translation>Request extension</translation>
        </message>
        <message>
            <location filename="../../desktop/views/extension_dialogs.py" />
            <source>申请延至</source>
            <translation>Extend to</translation>
        </message>
        <message>
            <location filename="../../desktop/views/extension_dialogs.py" />
            <source>申请日期</source>
            <translation>Requested on</translation>
        </message>
        <message>
            <location filename="../../desktop/views/extension_dialogs.py" />
            <source>申请科室</source>
            <translation>Requesting section</translation>
        </message>
        <message>
            <location filename="../../desktop/views/extension_dialogs.py" />
            <source>（未定期限）</source>
            <translation>(no deadline)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/extension_dialogs.py" />
            <source>（未注明）</source>
            <translation>(not stated)</translation>
        </message>
    </context>
    <context>
        <name>Extensions</name>
        <message>
            <location filename="../../desktop/services/extensions.py" />
            <source>{0} {1} 项（累计 {2} 项）</source>
            <translation>{0} {1} ({2} in all)</translation>
        </message>
        <message>
            <location filename="../../desktop/services/extensions.py" />
            <source>{0} {1}批准</source>
            <translation>approved by {0} on {1}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/extensions.py" />
            <source>{0} 在 {1} 不是领导小组成员，不能审批延期申请。</source>
            <translation>{0} is not a member of the leadership group on {1} and cannot decide extension requests.</translation>
        </message>
        <message>
            <location filename="../../desktop/calendar/extensions.py" />
            <source>{0} 月 {1} 日</source>
            <translation>{0}/{1}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/extensions.py" />
            <source>{0}：{1}</source>
            <translation>{0}: {1}</translation>
        </message>
        <message>
            <location filename="../../desktop/calendar/extensions.py" />
            <source>“{0}”（{1}）</source>
            <translation>"{0}" ({1})</translation>
        </message>
        <message>
            <location filename="../../desktop/services/extensions.py" />
            <source>不予批准延期</source>
            <translation>Refuse extension</translation>
        </message>
        <message>
            <location filename="../../desktop/services/extensions.py" />
            <source>任务</source>
            <translation>Task</translation>
        </message>
        <message>
            <location filename="../../desktop/services/extensions.py" />
            <source>任务期限</source>
            <translation>Task deadline</translation>
        </message>
        <message>
            <location filename="../../desktop/calendar/extensions.py" />
            <source>原定 {0}，经批准{1}</source>
            <translation>originally {0}, with approval {1}</translation>
        </message>
        <message>
            <location filename="../../desktop/calendar/extensions.py" />
            <source>原定 {0}，经批准延至 {1}</source>
            <translation>originally {0}, extended with approval to {1}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/extensions.py" />
            <source>原定期限</source>
            <translation>Original deadline</translation>
        </message>
        <message>
            <location filename="../../desktop/services/extensions.py" />
            <source>原定期限（原文）</source>
            <translation>Original deadline as written</translation>
        </message>
        <message>
            <location filename="../../desktop/services/extensions.py" />
            <source>只能撤销待审批或已批准的延期申请。</source>
            <translation>Only a pending or approved extension request can be withdrawn.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/extensions.py" />
            <source>审批意见</source>
            <translation>Decision remark</translation>
        </message>
        <message>
            <location filename="../../desktop/services/extensions.py" />
            <source>审批日期</source>
            <translation>Decided on</translation>
        </message>
        <message>
            <location filename="../../desktop/services/extensions.py" />
            <source>审批状态</source>
            <translation>Decision state</translation>
        </message>
        <message>
            <location filename="../../desktop/services/extensions.py" />
            <source>审批领导</source>
            <translation>Decided by</translation>
        </message>
        <message>
            <location filename="../../desktop/services/extensions.py" />
            <source>延期理由</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../desktop/services/extensions.py" />
            <source>延至（原文写法）</source>
            <translation>New deadline as written</translation>
        </message>
        <message>
            <location filename="../../desktop/services/extensions.py" />
            <source>批准后期限又被直接更正为 {0}，不能撤销这次延期；如需恢复原定期限，请直接修改期限。</source>
            <translation>After the approval the deadline was corrected directly to {0}; this extension cannot be withdrawn. To restore the original deadline, edit it directly.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/extensions.py" />
            <source>批准延期</source>
            <translation>Approve extension</translation>
        </message>
        <message>
            <location filename="../../desktop/services/extensions.py" />
            <source>措施</source>
            <translation>Measure</translation>
        </message>
        <message>
            <location filename="../../desktop/services/extensions.py" />
            <source>撤销延期</source>
            <translation>Withdraw extension</translation>
        </message>
        <message>
            <location filename="../../desktop/services/extensions.py" />
            <source>时间节点</source>
            <translation>Milestone</translation>
        </message>
        <message>
            <location filename="../../desktop/services/extensions.py" />
            <source>期限已是 {0}，不早于申请延至的 {1}，不需要批准这条申请。</source>
            <translation>The deadline is already {0}, not earlier than the requested {1}; this request need not be approved.</translation>
        </message>
        <message>
            <location filename="../../desktop/calendar/extensions.py" />
            <location filename="../../desktop/services/extensions.py" />
            <source>未定日期</source>
            <translation>no date</translation>
        </message>
        <message>
            <location filename="../../desktop/services/extensions.py" />
            <source>未注明科室</source>
            <translation>Section not stated</translation>
        </message>
        <message>
            <location filename="../../desktop/services/extensions.py" />
            <source>本期批准延期 {0} 项，累计 {1} 项：{2}。</source>
            <translation>{0} extensions approved in this period, {1} in all: {2}.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/extensions.py" />
            <source>本期没有批准的延期申请。</source>
            <translation>No extension was approved in this period.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/extensions.py" />
            <source>申请人</source>
            <translation>Requested by</translation>
        </message>
        <message>
            <location filename="../../desktop/services/extensions.py" />
            <source>申请延期</source>
            <translation>Request extension</translation>
        </message>
        <message>
            <location filename="../../desktop/services/extensions.py" />
            <source>申请延至</source>
            <translation>Extend to</translation>
        </message>
        <message>
            <location filename="../../desktop/services/extensions.py" />
            <source>申请延至的日期（{0}）不晚于现在的期限（{1}）。延期只能往后延；更正期限请直接修改。</source>
            <translation>The requested date ({0}) is not later than the current deadline ({1}). An extension only moves a deadline later; to correct a deadline, edit it directly.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/extensions.py" />
            <source>申请日期</source>
            <translation>Requested on</translation>
        </message>
        <message>
            <location filename="../../desktop/services/extensions.py" />
            <source>申请科室</source>
            <translation>Requesting section</translation>
        </message>
        <message>
            <location filename="../../desktop/calendar/extensions.py" />
            <source>第{0}次延至 {1}</source>
            <translation>extension {2} to {1}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/extension_items.py" />
            <source>要延期的措施或时间节点已被删除。</source>
            <translation>The measure or milestone to extend has been deleted.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/extensions.py" />
            <source>请填写申请延至的日期。</source>
            <translation>Please enter the date to extend to.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/extensions.py" />
            <source>请选择审批的领导小组成员。</source>
            <translation>Please choose the leadership group member who decides.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/extension_items.py" />
            <source>请选择要延期的一项措施或时间节点。</source>
            <translation>Please choose one measure or milestone to extend.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/extensions.py" />
            <source>这条延期申请已经是“{0}”，不能再审批。</source>
            <translation>This extension request is already "{0}" and cannot be decided again.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/extensions.py" />
            <source>这条延期申请已被删除。</source>
            <translation>This extension request has been deleted.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/extensions.py" />
            <source>这项之后还有批准的延期，请先撤销最近的一次。</source>
            <translation>A later extension of this item was approved; withdraw the latest one first.</translation>
        </message>
        <message>
            <location filename="../../desktop/calendar/extensions.py" />
            <source>，后更正为 {0}</source>
            <translation>, later corrected to {0}</translation>
        </message>
    </context>
    <context>
        <name>Files</name>
        <message>
            <location filename="../../desktop/files.py" />
            <source>写入 {0} 时出错（网络驱动器可能已断开，或磁盘有故障）。请检查网络连接后再试，或换一个位置。</source>
            <translation>An error occurred writing {0} (the network drive may be disconnected, or the disk is faulty). Please check the network connection and try again, or choose another location.</translation>
        </message>
        <message>
            <location filename="../../desktop/files.py" />
            <source>原有的同名文件没有改动。</source>
            <translation>The existing file of the same name is unchanged.</translation>
        </message>
        <message>
            <location filename="../../desktop/files.py" />
            <source>文件名或文件夹路径太长，无法写入 {0}。请换一个短一些的文件名或文件夹后再试。</source>
            <translation>The file name or folder path is too long to write {0}. Please choose a shorter file name or folder and try again.</translation>
        </message>
        <message>
            <location filename="../../desktop/files.py" />
            <source>文件夹 {0} 不存在或已无法访问（网络驱动器可能已断开），无法写入 {1}。请检查该文件夹和网络连接，或换一个位置后再试。</source>
            <translation>The folder {0} does not exist or can no longer be reached (the network drive may be disconnected), so {1} cannot be written. Please check the folder and the network connection, or choose another location and try again.</translation>
        </message>
        <message>
            <location filename="../../desktop/files.py" />
            <source>无法写入 {0}（{1}）。请检查文件夹、磁盘空间和网络连接后再试，或换一个位置。</source>
            <translation>Cannot write {0} ({1}). Please check the folder, the disk space and the network connection and try again, or choose another location.</translation>
        </message>
        <message>
            <location filename="../../desktop/files.py" />
            <source>无法写入 {0}：该位置不允许写入，或同名文件正被其他程序（例如 Excel、WPS 或 PDF 阅读器）打开。请关闭该文件，或换一个文件夹后再试。</source>
            <translation>Cannot write {0}: the location does not allow writing, or a file of the same name is open in another program (e.g. Excel, WPS or a PDF reader). Please close that file, or choose another folder and try again.</translation>
        </message>
        <message>
            <location filename="../../desktop/files.py" />
            <source>磁盘已满，无法写入 {0}。请在该磁盘上腾出空间（删除不需要的文件），或换一个位置后再试。</source>
            <translation>The disk is full, so {0} cannot be written. Please free space on that disk (delete files you do not need), or choose another location and try again.</translation>
        </message>
    </context>
    <context>
        <name>FilteredTable</name>
        <message>
            <location filename="../../desktop/views/list_view.py" />
            <source>筛选：输入任意文字</source>
            <translation>Filter: type any text</translation>
        </message>
        <message>
            <location filename="../../desktop/views/list_view.py" />
            <source>（{0} 条）</source>
            <translation>({0})</translation>
        </message>
        <message>
            <location filename="../../desktop/views/list_view.py" />
            <source>（显示 {0} / {1} 条）</source>
            <translation>(showing {0} of {1})</translation>
        </message>
    </context>
    <context>
        <name>GroupsPane</name>
        <message>
            <location filename="../../desktop/views/group_pane.py" />
            <source>上移</source>
            <translation>Move up</translation>
        </message>
        <message>
            <location filename="../../desktop/views/group_pane.py" />
            <source>下移</source>
            <translation>Move down</translation>
        </message>
        <message>
            <location filename="../../desktop/views/group_pane.py" />
            <source>任职者</source>
            <translation>Holder</translation>
        </message>
        <message>
            <location filename="../../desktop/views/group_pane.py" />
            <source>删除成员</source>
            <translation>Remove member</translation>
        </message>
        <message>
            <location filename="../../desktop/views/group_pane.py" />
            <source>备注</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../desktop/views/group_pane.py" />
            <source>所选职务的任职历史</source>
            <translation>Who held the selected seat</translation>
        </message>
        <message>
            <location filename="../../desktop/views/group_pane.py" />
            <source>指定接任人…</source>
            <translation>Name a successor…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/group_pane.py" />
            <source>止</source>
            <translation>To</translation>
        </message>
        <message>
            <location filename="../../desktop/views/group_pane.py" />
            <source>没有保存</source>
            <translation>Not saved</translation>
        </message>
        <message>
            <location filename="../../desktop/views/group_pane.py" />
            <source>添加成员…</source>
            <translation>Add member…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/group_pane.py" />
            <source>确定从小组中删除“{0}”吗？
人员离任或调整时，请用“指定接任人”，以保留任职历史。</source>
            <translation>Remove “{0}” from the group?
When someone leaves or changes post, use “Name a successor” to keep the history of the seat.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/group_pane.py" />
            <source>至今</source>
            <translation>to date</translation>
        </message>
        <message>
            <location filename="../../desktop/views/group_pane.py" />
            <source>起</source>
            <translation>From</translation>
        </message>
        <message>
            <location filename="../../desktop/views/group_pane.py" />
            <source>顺序即“顺位代替”的顺序：拖动或用“上移/下移”调整，自动保存。</source>
            <translation>The order is the order of succession (顺位代替): drag, or use Move up / Move down; saved at once.</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <location filename="../../desktop/views/help_dialog.py" />
            <source>找不到使用指南文件：{0}</source>
            <translation>The user guide file cannot be found: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/help_dialog.py" />
            <source>督办台使用指南</source>
            <translation>Duban user guide</translation>
        </message>
    </context>
    <context>
        <name>History</name>
        <message>
            <location filename="../../desktop/services/history.py" />
            <source>{0} 第 {1} 号：{2}</source>
            <translation>{0} no. {1}: {2}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" />
            <source>{0}月 {1}</source>
            <translation>month {0}: {1}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" />
            <source>专项小组</source>
            <translation>Special group</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" />
            <source>主要任务标题</source>
            <translation>Heading in the plan</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" />
            <source>交接的职责</source>
            <translation>Responsibility handed over</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" />
            <source>任务</source>
            <translation>Task</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" />
            <source>任务期限</source>
            <translation>Task deadline</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" />
            <source>任务期限（原文写法）</source>
            <translation>Task deadline as written</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" />
            <source>作废原因</source>
            <translation>Reason for withdrawal</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" />
            <source>删除{0}</source>
            <translation>Deleted {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" />
            <source>办结日期</source>
            <translation>Completed on</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" />
            <source>印发日期</source>
            <translation>Issue date</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" />
            <source>原负责人</source>
            <translation>Previous holder</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" />
            <source>原负责人姓名</source>
            <translation>Previous holder's name</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" />
            <source>台帐表头</source>
            <translation>Ledger headings</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" />
            <source>名称</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" />
            <source>否</source>
            <translation>No</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" />
            <source>回复情况</source>
            <translation>Reply</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" />
            <source>回复日期</source>
            <translation>Answered on</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" />
            <source>回复期限</source>
            <translation>Reply by</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" />
            <source>备注</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" />
            <source>实际值</source>
            <translation>Actual value</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" />
            <source>审核人</source>
            <translation>Reviewed by</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" />
            <source>审核意见</source>
            <translation>Review note</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" />
            <source>审核日期</source>
            <translation>Reviewed on</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" />
            <source>审核状态</source>
            <translation>Review state</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" />
            <source>对应任务</source>
            <translation>Task</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" />
            <source>年度</source>
            <translation>Year</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" />
            <source>年度计划</source>
            <translation>Yearly plan</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" />
            <source>序号</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" />
            <source>序时目标值</source>
            <translation>Planned value</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" />
            <source>延期申请</source>
            <translation>Extensions</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" />
            <source>开始日期</source>
            <translation>From</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" />
            <source>承办科室</source>
            <translation>Section</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" />
            <source>报送人</source>
            <translation>Reported by</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" />
            <source>报送日期</source>
            <translation>Reported on</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" />
            <source>报送期</source>
            <translation>Period</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" />
            <source>报送期开始</source>
            <translation>Period start</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" />
            <source>报送期结束</source>
            <translation>Period end</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" />
            <source>指标</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" />
            <source>指标实际值</source>
            <translation>Indicator value</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" />
            <source>指标序时目标</source>
            <translation>Indicator monthly plan</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" />
            <source>措施</source>
            <translation>Measure</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" />
            <source>文号</source>
            <translation>Document number</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" />
            <source>新增{0}</source>
            <translation>Added {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" />
            <source>日期</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" />
            <source>时间节点</source>
            <translation>Milestone</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" />
            <source>是</source>
            <translation>Yes</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" />
            <source>更正的报送</source>
            <translation>Corrected report</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" />
            <source>月份</source>
            <translation>Month</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" />
            <source>期限更正（非延期）</source>
            <translation>Deadline corrected (not an extension)</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" />
            <source>期限（撤销延期，恢复原定）</source>
            <translation>Deadline (extension withdrawn, original restored)</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" />
            <source>期限（经批准延期）</source>
            <translation>Deadline (approved extension)</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" />
            <source>来源</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" />
            <source>来源文件</source>
            <translation>Source file</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" />
            <source>标题</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" />
            <source>状态</source>
            <translation>State</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" />
            <source>由哪个计划新建</source>
            <translation>Made from plan</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" />
            <source>申请延至 {0}</source>
            <translation>Extend to {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" />
            <source>督办单</source>
            <translation>Supervision notice</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" />
            <source>督办要求</source>
            <translation>Requirement</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" />
            <source>科室</source>
            <translation>Section</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" />
            <source>等级</source>
            <translation>Grade</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" />
            <source>类别</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" />
            <source>结束日期</source>
            <translation>To</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" />
            <source>结转自上年度任务</source>
            <translation>Carried over from last year's task</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" />
            <source>编号</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" />
            <source>角色</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" />
            <source>说明</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" />
            <source>责任交接</source>
            <translation>Handover</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" />
            <source>责任人</source>
            <translation>Responsible person</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" />
            <source>超过字数限制</source>
            <translation>Over the length limit</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" />
            <source>进展台帐</source>
            <translation>Progress report</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" />
            <source>进展情况</source>
            <translation>Progress</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" />
            <source>通知原文</source>
            <translation>Wording in the notice</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" />
            <source>通知原文中的责任人</source>
            <translation>Responsible person as worded in the notice</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" />
            <source>顺序</source>
            <translation>Order</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" />
            <source>（已删除，编号 {0}）</source>
            <translation>(deleted, id {0})</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <location filename="../../desktop/services/forms_import.py" />
            <source>{0} 是公式，没有可用的文字。请复制该单元格后“选择性粘贴 → 数值”，保存后再导入。</source>
            <translation>{0} is a formula with no usable text. Copy the cell, use "Paste special → Values", save and import again.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/forms_import.py" />
            <source>{0} 的进展情况有 {1} 字，超过 {2} 字；确认后导入并标为“超字数”。</source>
            <translation>The progress of {0} has {1} characters, over {2}; once confirmed it is imported and marked "over length".</translation>
        </message>
        <message>
            <location filename="../../desktop/services/forms_import.py" />
            <source>{0}年{1}月</source>
            <translation>{0}年{1}月</translation>
        </message>
        <message>
            <location filename="../../desktop/services/forms_import.py" />
            <source>{0}（进展情况）是空的，没有可导入的内容。</source>
            <translation>{0} (progress) is empty; there is nothing to import.</translation>
        </message>
        <message>
            <location filename="../../desktop/excel/importing.py" />
            <location filename="../../desktop/services/forms_import.py" />
            <source>{0}：{1}</source>
            <translation>{0}: {1}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/forms_import.py" />
            <source>{0}：这份表格属于另一个计划（{1}），不是当前计划 {2}。</source>
            <translation>{0}: this form belongs to another plan ({1}), not the current plan {2}.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/forms_import.py" />
            <source>{0}：这份表格是从另一个督办台数据库导出的，不能导入到当前文件。</source>
            <translation>{0}: this form was exported from another Duban database and cannot be imported into the current file.</translation>
        </message>
        <message>
            <location filename="../../desktop/excel/importing.py" />
            <source>不是 Excel 表格（.xlsx）。</source>
            <translation>Not an Excel workbook (.xlsx).</translation>
        </message>
        <message>
            <location filename="../../desktop/excel/importing.py" />
            <source>不是 Excel 表格（.xlsx），或文件已损坏。</source>
            <translation>Not an Excel workbook (.xlsx), or the file is damaged.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/forms_import.py" />
            <source>冲突</source>
            <translation>Conflict</translation>
        </message>
        <message>
            <source>取消</source>
            <translation type="vanished">Cancel</translation>
        </message>
        <message>
            <location filename="../../desktop/services/forms_import.py" />
            <source>可导入</source>
            <translation>Can be imported</translation>
        </message>
        <message>
            <location filename="../../desktop/services/forms_import.py" />
            <location filename="../../desktop/views/import_dialog.py" />
            <source>导入返回的台帐</source>
            <translation>Import returned forms</translation>
        </message>
        <message>
            <location filename="../../desktop/excel/importing.py" />
            <source>工作表“{0}”中找不到台帐表头（序号、改革攻坚落实事项……），这不是攻坚台帐表格。</source>
            <translation>The sheet "{0}" has no ledger header (序号, 改革攻坚落实事项, …); it is not a ledger form.</translation>
        </message>
        <message>
            <location filename="../../desktop/excel/importing.py" />
            <source>工作表“{0}”第 {1} 行 {2} 列的表头被改成了“{3}”，应为“{4}”。请恢复表头后再导入。</source>
            <translation>The header in sheet "{0}", row {1}, column {2} was changed to "{3}"; it should be "{4}". Please restore the header and import again.</translation>
        </message>
        <message>
            <location filename="../../desktop/excel/importing.py" />
            <source>工作表“{0}”第 {1} 行缺少表头“{2}”。请按附件 2 的表头填写后再导入。</source>
            <translation>Row {1} of sheet "{0}" lacks the header "{2}". Please use the headers of Annex 2 and import again.</translation>
        </message>
        <message>
            <location filename="../../desktop/excel/importing.py" />
            <source>工作表“{0}”表头下面没有任务行。</source>
            <translation>The sheet "{0}" has no task rows under its header.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/forms_import.py" />
            <source>已导入</source>
            <translation>Imported</translation>
        </message>
        <message>
            <location filename="../../desktop/views/import_dialog.py" />
            <source>已导入 {0} 项进展，均为“待审核”，请在任务页审核。</source>
            <translation>Imported {0} progress report(s), all "awaiting review"; please review them in the Tasks tab.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/forms_import.py" />
            <source>已拒绝</source>
            <translation>Refused</translation>
        </message>
        <message>
            <location filename="../../desktop/views/import_dialog.py" />
            <source>所选位置没有 Excel 表格。</source>
            <translation>There are no Excel workbooks in the chosen location.</translation>
        </message>
        <message>
            <location filename="../../desktop/excel/importing.py" />
            <source>找不到这个文件。</source>
            <translation>This file cannot be found.</translation>
        </message>
        <message>
            <location filename="../../desktop/excel/importing.py" />
            <source>文件中含有被禁止的 XML 实体，可能是恶意文件，已拒绝导入。</source>
            <translation>The file contains forbidden XML entities and may be malicious; it was refused.</translation>
        </message>
        <message>
            <location filename="../../desktop/excel/importing.py" />
            <source>文件太大（{0} MB），不像是台帐表格。</source>
            <translation>The file is too large ({0} MB) to be a ledger form.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/quota_import.py" />
            <source>文件太大（{0} MB），不像是条目表格。</source>
            <translation>The file is too large ({0} MB) to be a sheet of entries.</translation>
        </message>
        <message>
            <location filename="../../desktop/excel/importing.py" />
            <source>文件已损坏，无法打开。请让报送科室重新发送。</source>
            <translation>The file is damaged and cannot be opened. Please ask the section to send it again.</translation>
        </message>
        <message>
            <location filename="../../desktop/excel/importing.py" />
            <source>文件已损坏，无法读取（{0}）。</source>
            <translation>The file is damaged and cannot be read ({0}).</translation>
        </message>
        <message>
            <location filename="../../desktop/excel/importing.py" />
            <source>文件解压后异常庞大，可能是恶意文件，已拒绝导入。</source>
            <translation>The file becomes abnormally large when unpacked and may be malicious; it was refused.</translation>
        </message>
        <message>
            <location filename="../../desktop/excel/importing.py" />
            <source>文件设置了打开密码（已加密）。请在 Excel 或 WPS 中取消密码、另存后再导入。</source>
            <translation>The file is password-protected (encrypted). Please remove the password in Excel or WPS, save it again and import that.</translation>
        </message>
        <message>
            <location filename="../../desktop/excel/importing.py" />
            <source>无法读取：{0}</source>
            <translation>Cannot read: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/forms_import.py" />
            <source>未修改</source>
            <translation>Unchanged</translation>
        </message>
        <message>
            <location filename="../../desktop/views/import_dialog.py" />
            <source>正在导入…</source>
            <translation>Importing…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/import_dialog.py" />
            <source>正在读取 {0}（{1}/{2}）</source>
            <translation>Reading {0} ({1}/{2})</translation>
        </message>
        <message>
            <location filename="../../desktop/views/import_dialog.py" />
            <source>正在读取返回的台帐…</source>
            <translation>Reading the returned forms…</translation>
        </message>
        <message>
            <location filename="../../desktop/services/forms_import.py" />
            <source>科室改动了“难点堵点及预期成果”（{0}!C{1}），督办台不会自动改写任务，请在任务页核对：{2}</source>
            <translation>The section changed "Difficulties and expected results" ({0}!C{1}); Duban does not rewrite the task automatically, please check it in the Tasks tab: {2}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/forms_import.py" />
            <source>第 {0} 行的事项名称与“{1}”相近（相似度 {2:.0%}），请确认是同一项任务。</source>
            <translation>The item name in row {0} is similar to "{1}" (similarity {2:.0%}); please confirm that it is the same task.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/forms_import.py" />
            <source>第 {0} 行的任务“{1}”在当前计划中找不到。</source>
            <translation>The task "{1}" in row {0} is not in the current plan.</translation>
        </message>
        <message>
            <location filename="../../desktop/excel/importing.py" />
            <source>表格中没有可见的工作表。</source>
            <translation>The workbook has no visible sheet.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/import_dialog.py" />
            <source>请先打开一个含计划的数据库。</source>
            <translation>Please open a database that holds a plan first.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/forms_import.py" />
            <source>这个文件已经导入过，不会重复导入。</source>
            <translation>This file has already been imported; it will not be imported twice.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/forms_import.py" />
            <source>这份表格导出之后，任务“{0}”又有了改动。请对照新旧两段文字，确认后再导入。</source>
            <translation>The task "{0}" has changed since this form was exported. Please compare the old and new text and confirm before importing.</translation>
        </message>
        <message>
            <location filename="../../desktop/excel/importing.py" />
            <source>这是旧格式（.xls / .et）的表格。请另存为 .xlsx 格式后再导入。</source>
            <translation>This workbook is in an old format (.xls / .et). Please save it as .xlsx and import that.</translation>
        </message>
        <message>
            <location filename="../../desktop/excel/importing.py" />
            <source>这是旧格式（.xls / .et）的表格。请在 Excel 或 WPS 中“另存为” .xlsx 格式后再导入。</source>
            <translation>This workbook is in an old format (.xls / .et). Please "Save as" .xlsx in Excel or WPS and import that.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/forms_import.py" />
            <source>进展情况与现有内容相同，没有需要导入的内容。</source>
            <translation>The progress is the same as what is there already; there is nothing to import.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/forms_import.py" />
            <source>重复文件</source>
            <translation>Duplicate file</translation>
        </message>
        <message>
            <location filename="../../desktop/services/forms_import.py" />
            <source>需确认</source>
            <translation>To confirm</translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewDialog</name>
        <message>
            <location filename="../../desktop/views/import_dialog.py" />
            <source>{0} 个文件，{1} 项进展可导入。勾选要导入的项；需确认和冲突的项请先对照新旧文字。</source>
            <translation>{0} file(s), {1} progress report(s) can be imported. Tick the ones to import; compare the old and new text of those to confirm and of the conflicts first.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/import_dialog.py" />
            <source>全部不导入</source>
            <translation>Import none</translation>
        </message>
        <message>
            <location filename="../../desktop/views/import_dialog.py" />
            <source>导入所选</source>
            <translation>Import selected</translation>
        </message>
        <message>
            <location filename="../../desktop/views/import_dialog.py" />
            <source>导入返回的台帐：预览</source>
            <translation>Import returned forms: preview</translation>
        </message>
        <message>
            <location filename="../../desktop/views/import_dialog.py" />
            <source>文件 / 任务</source>
            <translation>File / task</translation>
        </message>
        <message>
            <location filename="../../desktop/views/import_dialog.py" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../desktop/views/import_dialog.py" />
            <source>现有进展</source>
            <translation>Current progress</translation>
        </message>
        <message>
            <location filename="../../desktop/views/import_dialog.py" />
            <source>表格中的进展</source>
            <translation>Progress in the form</translation>
        </message>
        <message>
            <location filename="../../desktop/views/import_dialog.py" />
            <source>说明</source>
            <translation>Notes</translation>
        </message>
    </context>
    <context>
        <name>IndicatorDialog</name>
        <message>
            <location filename="../../desktop/views/task_dialogs.py" />
            <source>单位</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_dialogs.py" />
            <source>指标</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_dialogs.py" />
            <source>有目标值</source>
            <translation>Has a target value</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_dialogs.py" />
            <source>目标值</source>
            <translation>Target</translation>
        </message>
    </context>
    <context>
        <name>InspectionDialog</name>
        <message>
            <location filename="../../desktop/views/inspection_dialog.py" />
            <source>{0}（{1}）</source>
            <translation>{0} ({1})</translation>
        </message>
        <message>
            <location filename="../../desktop/views/inspection_dialog.py" />
            <source>保存</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../desktop/views/inspection_dialog.py" />
            <source>协同科室：</source>
            <translation>Cooperating sections:</translation>
        </message>
        <message>
            <location filename="../../desktop/views/inspection_dialog.py" />
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../desktop/views/inspection_dialog.py" />
            <source>备检：</source>
            <translation>Preparation:</translation>
        </message>
        <message>
            <location filename="../../desktop/views/inspection_dialog.py" />
            <source>实时备检</source>
            <translation>Ongoing preparation</translation>
        </message>
        <message>
            <location filename="../../desktop/views/inspection_dialog.py" />
            <source>工作计划：</source>
            <translation>Work plan:</translation>
        </message>
        <message>
            <location filename="../../desktop/views/inspection_dialog.py" />
            <source>已备检（准备工作已完成）</source>
            <translation>Prepared (the preparation is done)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/inspection_dialog.py" />
            <source>数据库为只读，只能查看。</source>
            <translation>The database is read-only; this can only be viewed.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/inspection_dialog.py" />
            <source>时间（原文）：</source>
            <translation>Time (as written):</translation>
        </message>
        <message>
            <location filename="../../desktop/views/inspection_dialog.py" />
            <source>没有保存</source>
            <translation>Not saved</translation>
        </message>
        <message>
            <location filename="../../desktop/views/inspection_dialog.py" />
            <source>牵头科室：</source>
            <translation>Lead section:</translation>
        </message>
        <message>
            <location filename="../../desktop/views/inspection_dialog.py" />
            <source>督查主体：</source>
            <translation>Inspecting body:</translation>
        </message>
        <message>
            <location filename="../../desktop/views/inspection_dialog.py" />
            <source>督查事项：</source>
            <translation>Inspection item:</translation>
        </message>
        <message>
            <location filename="../../desktop/views/inspection_dialog.py" />
            <source>督查内容：</source>
            <translation>Inspection content:</translation>
        </message>
        <message>
            <location filename="../../desktop/views/inspection_dialog.py" />
            <source>督查对象：</source>
            <translation>Inspected party:</translation>
        </message>
        <message>
            <location filename="../../desktop/views/inspection_dialog.py" />
            <source>督查时间：</source>
            <translation>Inspection period:</translation>
        </message>
        <message>
            <location filename="../../desktop/views/inspection_dialog.py" />
            <source>督查：{0}</source>
            <translation>Inspection: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/inspection_dialog.py" />
            <source>（无）</source>
            <translation>(none)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/inspection_dialog.py" />
            <source>（未填写）</source>
            <translation>(not filled in)</translation>
        </message>
    </context>
    <context>
        <name>Inspections</name>
        <message>
            <location filename="../../desktop/services/inspections.py" />
            <source>修改督查“{0}”</source>
            <translation>Change inspection "{0}"</translation>
        </message>
        <message>
            <location filename="../../desktop/services/inspections.py" />
            <source>督查时间应在计划年度（{0} 年）之内，请改正后再保存。</source>
            <translation>The inspection period should lie within the plan year ({0}); please correct it and save again.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/inspections.py" />
            <source>督查时间的结束日期早于开始日期，请改正后再保存。</source>
            <translation>The inspection period ends before it starts; please correct it and save again.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/inspections.py" />
            <source>这项督查刚被另一台电脑上的同事修改过，您的修改没有保存。请关闭后重新打开再改。</source>
            <translation>A colleague on another PC has just changed this inspection, so your changes were not saved. Please close it, open it again and make your changes again.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/inspections.py" />
            <source>这项督查已被删除。</source>
            <translation>This inspection has been deleted.</translation>
        </message>
    </context>
    <context>
        <name>InstructionDialog</name>
        <message>
            <location filename="../../desktop/views/instruction_dialog.py" />
            <source>任务名称</source>
            <translation>Task title</translation>
        </message>
        <message>
            <location filename="../../desktop/views/instruction_dialog.py" />
            <source>任务来源</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../../desktop/views/instruction_dialog.py" />
            <source>修改任务来源</source>
            <translation>Change the task's source</translation>
        </message>
        <message>
            <location filename="../../desktop/views/instruction_dialog.py" />
            <source>办结时限</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <location filename="../../desktop/views/instruction_dialog.py" />
            <source>如 柳科批〔2022〕3号</source>
            <translation>e.g. 柳科批〔2022〕3号</translation>
        </message>
        <message>
            <location filename="../../desktop/views/instruction_dialog.py" />
            <source>局外领导</source>
            <translation>Leader outside</translation>
        </message>
        <message>
            <location filename="../../desktop/views/instruction_dialog.py" />
            <source>局外领导的姓名职务，如 市政府分管副市长</source>
            <translation>Name and post of a leader outside the bureau, e.g. vice-mayor</translation>
        </message>
        <message>
            <location filename="../../desktop/views/instruction_dialog.py" />
            <source>批示原文</source>
            <translation>Original text</translation>
        </message>
        <message>
            <location filename="../../desktop/views/instruction_dialog.py" />
            <source>批示领导</source>
            <translation>Instructing leader</translation>
        </message>
        <message>
            <location filename="../../desktop/views/instruction_dialog.py" />
            <source>新建批示件任务</source>
            <translation>New task from an instruction</translation>
        </message>
        <message>
            <location filename="../../desktop/views/instruction_dialog.py" />
            <source>有日期</source>
            <translation>Dated</translation>
        </message>
        <message>
            <location filename="../../desktop/views/instruction_dialog.py" />
            <source>有时限</source>
            <translation>Has a deadline</translation>
        </message>
        <message>
            <location filename="../../desktop/views/instruction_dialog.py" />
            <source>来文文号</source>
            <translation>Document no.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/instruction_dialog.py" />
            <source>来文日期</source>
            <translation>Document date</translation>
        </message>
        <message>
            <location filename="../../desktop/views/instruction_dialog.py" />
            <source>没有保存</source>
            <translation>Not saved</translation>
        </message>
        <message>
            <location filename="../../desktop/views/instruction_dialog.py" />
            <source>牵头科室</source>
            <translation>Lead section</translation>
        </message>
        <message>
            <location filename="../../desktop/views/instruction_dialog.py" />
            <source>（局外领导，见下行）</source>
            <translation>(outside the bureau, see below)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/instruction_dialog.py" />
            <source>（暂不指定）</source>
            <translation>(not yet)</translation>
        </message>
    </context>
    <context>
        <name>InstructionRegister</name>
        <message>
            <location filename="../../desktop/views/instructions_window.py" />
            <source>任务</source>
            <translation>Task</translation>
        </message>
        <message>
            <location filename="../../desktop/views/instructions_window.py" />
            <source>全部批示领导</source>
            <translation>All leaders</translation>
        </message>
        <message>
            <location filename="../../desktop/views/instructions_window.py" />
            <source>全部来源</source>
            <translation>All sources</translation>
        </message>
        <message>
            <location filename="../../desktop/views/instructions_window.py" />
            <source>共 {0} 件</source>
            <translation>{0} in all</translation>
        </message>
        <message>
            <location filename="../../desktop/views/instructions_window.py" />
            <source>办结时限</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <location filename="../../desktop/views/instructions_window.py" />
            <source>在任务页中打开</source>
            <translation>Open in Tasks</translation>
        </message>
        <message>
            <location filename="../../desktop/views/instructions_window.py" />
            <source>已登记批示件任务</source>
            <translation>Task from an instruction registered</translation>
        </message>
        <message>
            <location filename="../../desktop/views/instructions_window.py" />
            <source>打印批示件办理情况…</source>
            <translation>Print instructions status…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/instructions_window.py" />
            <source>批示件登记簿</source>
            <translation>Instructions register</translation>
        </message>
        <message>
            <location filename="../../desktop/views/instructions_window.py" />
            <source>批示原文</source>
            <translation>Original text</translation>
        </message>
        <message>
            <location filename="../../desktop/views/instructions_window.py" />
            <source>批示领导</source>
            <translation>Instructing leader</translation>
        </message>
        <message>
            <location filename="../../desktop/views/instructions_window.py" />
            <source>新建批示件任务…</source>
            <translation>New task from an instruction…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/instructions_window.py" />
            <source>最新办理情况</source>
            <translation>Latest progress</translation>
        </message>
        <message>
            <location filename="../../desktop/views/instructions_window.py" />
            <source>来文文号</source>
            <translation>Document no.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/instructions_window.py" />
            <source>来文日期</source>
            <translation>Document date</translation>
        </message>
        <message>
            <location filename="../../desktop/views/instructions_window.py" />
            <source>来源</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../../desktop/views/instructions_window.py" />
            <source>灯</source>
            <translation>Light</translation>
        </message>
        <message>
            <location filename="../../desktop/views/instructions_window.py" />
            <source>牵头科室</source>
            <translation>Lead section</translation>
        </message>
        <message>
            <location filename="../../desktop/views/instructions_window.py" />
            <source>编号</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/instructions_window.py" />
            <source>请先选中一件批示件。</source>
            <translation>Please select an instruction first.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/instructions_window.py" />
            <source>（尚无审核通过的进展）</source>
            <translation>(no accepted report yet)</translation>
        </message>
    </context>
    <context>
        <name>Instructions</name>
        <message>
            <location filename="../../desktop/services/task_snapshot.py" />
            <source>任务来源</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../../desktop/services/instructions.py" />
            <source>办结时限</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <location filename="../../desktop/services/instructions.py" />
            <source>所选的批示领导已被删除。请重新选择。</source>
            <translation>The chosen leader has been deleted. Please choose again.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/instructions.py" />
            <source>批示件立项</source>
            <translation>Register an instruction</translation>
        </message>
        <message>
            <location filename="../../desktop/services/task_snapshot.py" />
            <source>批示原文</source>
            <translation>Original text</translation>
        </message>
        <message>
            <location filename="../../desktop/services/task_snapshot.py" />
            <source>批示领导</source>
            <translation>Instructing leader</translation>
        </message>
        <message>
            <location filename="../../desktop/services/task_snapshot.py" />
            <source>批示领导（局外）</source>
            <translation>Instructing leader (outside)</translation>
        </message>
        <message>
            <location filename="../../desktop/services/instructions.py" />
            <source>按{0}要求办结</source>
            <translation>Complete as the {0} requires</translation>
        </message>
        <message>
            <location filename="../../desktop/services/instructions.py" />
            <source>新建批示件任务“{0} {1}”</source>
            <translation>New task from an instruction “{0} {1}”</translation>
        </message>
        <message>
            <location filename="../../desktop/services/task_snapshot.py" />
            <source>来文文号</source>
            <translation>Document no.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/task_snapshot.py" />
            <source>来文日期</source>
            <translation>Document date</translation>
        </message>
        <message>
            <location filename="../../desktop/services/tasks.py" />
            <source>请填写{0}的原文（批示原文、会议议定事项或交办内容）。</source>
            <translation>Please enter the original text of the {0} (the instruction, the meeting's decision or the assignment).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/instructions.py" />
            <source>请选择任务来源：领导批示、会议纪要或上级交办。</source>
            <translation>Please choose the source: leader's instruction, meeting minutes or assigned from above.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/tasks.py" />
            <source>领导批示件须注明批示领导：从名单中选择，或填写局外领导的姓名职务。</source>
            <translation>A leader's instruction must name the leader: choose one from the list, or enter the name and post of a leader outside the bureau.</translation>
        </message>
    </context>
    <context>
        <name>InstructionsWindow</name>
        <message>
            <location filename="../../desktop/views/instructions_window.py" />
            <source>批示件登记簿</source>
            <translation>Instructions register</translation>
        </message>
    </context>
    <context>
        <name>ItemDialog</name>
        <message>
            <location filename="../../desktop/views/quotas/dialogs.py" />
            <source>事项</source>
            <translation>Item</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/dialogs.py" />
            <source>保存</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/dialogs.py" />
            <source>修改宣传条目</source>
            <translation>Edit publicity entry</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/dialogs.py" />
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/dialogs.py" />
            <source>备注</source>
            <translation>Remarks</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/dialogs.py" />
            <source>已采用/已刊发</source>
            <translation>Adopted/published</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/dialogs.py" />
            <source>日期</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/dialogs.py" />
            <source>标题</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/dialogs.py" />
            <source>渠道/媒体</source>
            <translation>Channel/outlet</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/dialogs.py" />
            <source>登记宣传条目</source>
            <translation>Record publicity entry</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/dialogs.py" />
            <source>科室</source>
            <translation>Section</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/dialogs.py" />
            <source>网址或文件位置</source>
            <translation>Web address or file location</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/dialogs.py" />
            <source>链接或文件</source>
            <translation>Link or file</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/dialogs.py" />
            <source>（不属科室）</source>
            <translation>(no section)</translation>
        </message>
    </context>
    <context>
        <name>ItemImportDialog</name>
        <message>
            <location filename="../../desktop/views/quotas/dialogs.py" />
            <source>{0}：共 {1} 行，可导入 {2} 条，重复跳过 {3} 条，有错误 {4} 行（有错误的行不会导入）。</source>
            <translation>{0}: {1} rows; {2} entries can be imported, {3} duplicates are skipped, {4} rows have errors (rows with errors are not imported).</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/dialogs.py" />
            <source>事项</source>
            <translation>Item</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/dialogs.py" />
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/dialogs.py" />
            <source>导入 {0} 条</source>
            <translation>Import {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/dialogs.py" />
            <source>导入宣传条目：预览</source>
            <translation>Import publicity entries: preview</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/dialogs.py" />
            <source>日期</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/dialogs.py" />
            <source>标题</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/dialogs.py" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/dialogs.py" />
            <source>科室</source>
            <translation>Section</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/dialogs.py" />
            <source>行</source>
            <translation>Row</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/dialogs.py" />
            <source>说明</source>
            <translation>Notes</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <location filename="../../desktop/models/enums.py" />
            <source>上级交办</source>
            <translation>Assigned</translation>
        </message>
        <message>
            <location filename="../../desktop/models/enums.py" />
            <source>不予批准</source>
            <translation>Refused</translation>
        </message>
        <message>
            <location filename="../../desktop/models/enums.py" />
            <source>任务</source>
            <translation>Task</translation>
        </message>
        <message>
            <location filename="../../desktop/calendar/entries.py" />
            <source>任务期限</source>
            <translation>Task deadline</translation>
        </message>
        <message>
            <location filename="../../desktop/models/enums.py" />
            <source>会议纪要</source>
            <translation>Minutes</translation>
        </message>
        <message>
            <location filename="../../desktop/models/enums.py" />
            <source>全市</source>
            <translation>Citywide</translation>
        </message>
        <message>
            <location filename="../../desktop/models/enums.py" />
            <source>分管领导</source>
            <translation>Leader in charge</translation>
        </message>
        <message>
            <location filename="../../desktop/models/enums.py" />
            <source>副组长</source>
            <translation>Deputy head</translation>
        </message>
        <message>
            <location filename="../../desktop/models/enums.py" />
            <source>办公室所在科室</source>
            <translation>Section hosting the office</translation>
        </message>
        <message>
            <location filename="../../desktop/models/enums.py" />
            <source>办结</source>
            <translation>Completed</translation>
        </message>
        <message>
            <location filename="../../desktop/models/enums.py" />
            <source>台帐导入</source>
            <translation>Imported from a form</translation>
        </message>
        <message>
            <location filename="../../desktop/models/enums.py" />
            <source>合办科室</source>
            <translation>Co-sections</translation>
        </message>
        <message>
            <location filename="../../desktop/calendar/entries.py" />
            <location filename="../../desktop/models/enums.py" />
            <source>备检</source>
            <translation>Preparation</translation>
        </message>
        <message>
            <location filename="../../desktop/models/enums.py" />
            <source>外部单位</source>
            <translation>External unit</translation>
        </message>
        <message>
            <location filename="../../desktop/models/enums.py" />
            <source>审核通过</source>
            <translation>Approved</translation>
        </message>
        <message>
            <location filename="../../desktop/calendar/entries.py" />
            <location filename="../../desktop/models/enums.py" />
            <source>宣传指标</source>
            <translation>Publicity quota</translation>
        </message>
        <message>
            <location filename="../../desktop/calendar/entries.py" />
            <source>宣传活动</source>
            <translation>Publicity event</translation>
        </message>
        <message>
            <location filename="../../desktop/models/enums.py" />
            <source>局内科室</source>
            <translation>Bureau section</translation>
        </message>
        <message>
            <location filename="../../desktop/models/enums.py" />
            <source>局属二层单位</source>
            <translation>Affiliated unit</translation>
        </message>
        <message>
            <location filename="../../desktop/models/enums.py" />
            <source>工作小组</source>
            <translation>Working group</translation>
        </message>
        <message>
            <location filename="../../desktop/models/enums.py" />
            <source>已作废</source>
            <translation>Withdrawn</translation>
        </message>
        <message>
            <location filename="../../desktop/models/enums.py" />
            <source>已回复</source>
            <translation>Answered</translation>
        </message>
        <message>
            <location filename="../../desktop/models/enums.py" />
            <source>已完成</source>
            <translation>Completed</translation>
        </message>
        <message>
            <location filename="../../desktop/models/enums.py" />
            <source>已批准</source>
            <translation>Approved</translation>
        </message>
        <message>
            <location filename="../../desktop/models/enums.py" />
            <source>已撤销</source>
            <translation>Withdrawn</translation>
        </message>
        <message>
            <location filename="../../desktop/models/enums.py" />
            <source>已退回</source>
            <translation>Returned</translation>
        </message>
        <message>
            <location filename="../../desktop/models/enums.py" />
            <source>已采纳</source>
            <translation>Accepted</translation>
        </message>
        <message>
            <location filename="../../desktop/models/enums.py" />
            <source>市级改革攻坚事项</source>
            <translation>Municipal reform item</translation>
        </message>
        <message>
            <location filename="../../desktop/models/enums.py" />
            <source>年度方案</source>
            <translation>Annual plan</translation>
        </message>
        <message>
            <location filename="../../desktop/calendar/entries.py" />
            <source>归集</source>
            <translation>Collection</translation>
        </message>
        <message>
            <location filename="../../desktop/models/enums.py" />
            <source>待回复</source>
            <translation>Awaiting reply</translation>
        </message>
        <message>
            <location filename="../../desktop/models/enums.py" />
            <source>待审批</source>
            <translation>Pending</translation>
        </message>
        <message>
            <location filename="../../desktop/models/enums.py" />
            <source>待审核</source>
            <translation>Awaiting review</translation>
        </message>
        <message>
            <location filename="../../desktop/models/enums.py" />
            <source>成员</source>
            <translation>Member</translation>
        </message>
        <message>
            <location filename="../../desktop/models/enums.py" />
            <source>手工录入</source>
            <translation>Entered by hand</translation>
        </message>
        <message>
            <location filename="../../desktop/models/enums.py" />
            <source>报送进展</source>
            <translation>Progress reported</translation>
        </message>
        <message>
            <location filename="../../desktop/models/enums.py" />
            <source>推进中</source>
            <translation>In progress</translation>
        </message>
        <message>
            <location filename="../../desktop/models/enums.py" />
            <source>措施</source>
            <translation>Measure</translation>
        </message>
        <message>
            <location filename="../../desktop/calendar/entries.py" />
            <source>措施期限</source>
            <translation>Measure deadline</translation>
        </message>
        <message>
            <location filename="../../desktop/models/enums.py" />
            <source>提前到之前最后一个工作日</source>
            <translation>Move back to the last working day before</translation>
        </message>
        <message>
            <location filename="../../desktop/models/enums.py" />
            <source>提示单</source>
            <translation>Reminder notice</translation>
        </message>
        <message>
            <location filename="../../desktop/models/enums.py" />
            <source>文件</source>
            <translation>Document</translation>
        </message>
        <message>
            <location filename="../../desktop/calendar/entries.py" />
            <location filename="../../desktop/models/enums.py" />
            <source>时间节点</source>
            <translation>Milestone</translation>
        </message>
        <message>
            <location filename="../../desktop/models/enums.py" />
            <source>暂缓</source>
            <translation>On hold</translation>
        </message>
        <message>
            <location filename="../../desktop/models/enums.py" />
            <source>更正进展</source>
            <translation>Progress corrected</translation>
        </message>
        <message>
            <location filename="../../desktop/models/enums.py" />
            <source>未启动</source>
            <translation>Not started</translation>
        </message>
        <message>
            <location filename="../../desktop/models/enums.py" />
            <source>牵头科室</source>
            <translation>Lead section</translation>
        </message>
        <message>
            <location filename="../../desktop/calendar/entries.py" />
            <source>督办回复</source>
            <translation>Notice reply due</translation>
        </message>
        <message>
            <location filename="../../desktop/calendar/entries.py" />
            <source>督查</source>
            <translation>Inspection</translation>
        </message>
        <message>
            <location filename="../../desktop/models/enums.py" />
            <source>督查时间</source>
            <translation>Inspection period</translation>
        </message>
        <message>
            <location filename="../../desktop/models/enums.py" />
            <source>科室</source>
            <translation>Section</translation>
        </message>
        <message>
            <location filename="../../desktop/models/enums.py" />
            <source>科室负责人</source>
            <translation>Section head</translation>
        </message>
        <message>
            <location filename="../../desktop/models/enums.py" />
            <source>立项</source>
            <translation>Created</translation>
        </message>
        <message>
            <location filename="../../desktop/models/enums.py" />
            <source>红色督办单</source>
            <translation>Red supervision notice</translation>
        </message>
        <message>
            <location filename="../../desktop/models/enums.py" />
            <source>组长</source>
            <translation>Head</translation>
        </message>
        <message>
            <location filename="../../desktop/models/enums.py" />
            <source>自治区30项标志性改革攻坚事项</source>
            <translation>Region's 30 flagship reform items</translation>
        </message>
        <message>
            <location filename="../../desktop/models/enums.py" />
            <source>自治区改革攻坚事项</source>
            <translation>Regional reform item</translation>
        </message>
        <message>
            <location filename="../../desktop/models/enums.py" />
            <source>责任部门</source>
            <translation>Responsible department</translation>
        </message>
        <message>
            <location filename="../../desktop/models/enums.py" />
            <source>退回</source>
            <translation>Returned</translation>
        </message>
        <message>
            <location filename="../../desktop/models/enums.py" />
            <source>重新打开</source>
            <translation>Reopened</translation>
        </message>
        <message>
            <location filename="../../desktop/models/enums.py" />
            <source>顺延到之后第一个工作日</source>
            <translation>Move on to the first working day after</translation>
        </message>
        <message>
            <location filename="../../desktop/models/enums.py" />
            <source>领导小组</source>
            <translation>Leading group</translation>
        </message>
        <message>
            <location filename="../../desktop/models/enums.py" />
            <source>领导小组办公室</source>
            <translation>Leading Group Office</translation>
        </message>
        <message>
            <location filename="../../desktop/models/enums.py" />
            <source>领导批示</source>
            <translation>Instruction</translation>
        </message>
        <message>
            <location filename="../../desktop/models/enums.py" />
            <source>黄色督办单</source>
            <translation>Yellow supervision notice</translation>
        </message>
    </context>
    <context>
        <name>Lights</name>
        <message>
            <location filename="../../desktop/lights/trajectory.py" />
            <source>{0}（超过目标的 {1}%）</source>
            <translation>{0} (more than {1}% of the target)</translation>
        </message>
        <message>
            <location filename="../../desktop/lights/kinds.py" />
            <source>实时备检（至 {0}）：{1}</source>
            <translation>Continuous preparation (until {0}): {1}</translation>
        </message>
        <message>
            <location filename="../../desktop/lights/kinds.py" />
            <source>已备检</source>
            <translation>Prepared</translation>
        </message>
        <message>
            <location filename="../../desktop/lights/rules.py" />
            <source>已完成</source>
            <translation>Completed</translation>
        </message>
        <message>
            <location filename="../../desktop/lights/trajectory.py" />
            <source>已达到目标 {0}（实际 {1}）</source>
            <translation>Target {0} reached (actual {1})</translation>
        </message>
        <message>
            <location filename="../../desktop/lights/trajectory.py" />
            <source>已过期限 {0}，实际 {1}，未达到目标 {2}</source>
            <translation>Past the deadline {0}: actual {1}, short of the target {2}</translation>
        </message>
        <message>
            <location filename="../../desktop/lights/rules.py" />
            <source>已逾期 {0} 天（期限 {1}）</source>
            <translation>{0} days overdue (deadline {1})</translation>
        </message>
        <message>
            <location filename="../../desktop/lights/trajectory.py" />
            <source>序时目标 {0}，实际 {1}，按序时推进</source>
            <translation>Planned to date {0}, actual {1}: on track</translation>
        </message>
        <message>
            <location filename="../../desktop/lights/trajectory.py" />
            <source>序时目标 {0}，实际 {1}，落后 {2}</source>
            <translation>Planned to date {0}, actual {1}, behind by {2}</translation>
        </message>
        <message>
            <location filename="../../desktop/lights/trajectory.py" />
            <source>序时目标 {0}，尚无实际值</source>
            <translation>Planned to date {0}, nothing reported yet</translation>
        </message>
        <message>
            <location filename="../../desktop/lights/trajectory.py" />
            <source>序时进度尚未开始</source>
            <translation>The trajectory has not started yet</translation>
        </message>
        <message>
            <location filename="../../desktop/lights/kinds.py" />
            <source>归集日 {0} 已过（不需勾选完成）</source>
            <translation>Collection day {0} has passed (nothing to tick off)</translation>
        </message>
        <message>
            <location filename="../../desktop/lights/trajectory.py" />
            <source>指标“{0}”：{1}</source>
            <translation>Indicator "{0}": {1}</translation>
        </message>
        <message>
            <location filename="../../desktop/lights/rules.py" />
            <source>按计划推进，最近期限 {0}</source>
            <translation>On schedule; next deadline {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/lights/rules.py" />
            <source>无灯</source>
            <translation>No light</translation>
        </message>
        <message>
            <source>无灯（暂缓）</source>
            <translation type="vanished">No light (on hold)</translation>
        </message>
        <message>
            <location filename="../../desktop/lights/rules.py" />
            <source>暂缓</source>
            <translation>On hold</translation>
        </message>
        <message>
            <location filename="../../desktop/lights/rules.py" />
            <source>未定期限</source>
            <translation>No deadline set</translation>
        </message>
        <message>
            <location filename="../../desktop/lights/trajectory.py" />
            <source>未报</source>
            <translation>not reported</translation>
        </message>
        <message>
            <location filename="../../desktop/lights/trajectory.py" />
            <source>未设序时进度</source>
            <translation>No trajectory set</translation>
        </message>
        <message>
            <location filename="../../desktop/lights/kinds.py" />
            <source>本期（{0} 至 {1}）已报送 {2} 条，要求 {3} 条；{4}</source>
            <translation>This period ({0} to {1}): {2} submitted, {3} required; {4}</translation>
        </message>
        <message>
            <location filename="../../desktop/lights/trajectory.py" />
            <source>没有年初基数或实际值，无法计算序时目标</source>
            <translation>No baseline or reported value to plan from</translation>
        </message>
        <message>
            <location filename="../../desktop/lights/rules.py" />
            <source>没有未到的期限</source>
            <translation>No deadlines ahead</translation>
        </message>
        <message>
            <location filename="../../desktop/lights/kinds.py" />
            <source>督查已开始（{0} 至 {1}），尚未备检</source>
            <translation>The inspection has begun ({0} to {1}) and is not prepared</translation>
        </message>
        <message>
            <location filename="../../desktop/lights/kinds.py" />
            <source>督查时间已过</source>
            <translation>The inspection is over</translation>
        </message>
        <message>
            <location filename="../../desktop/lights/kinds.py" />
            <source>督查时间已过（{0} 结束）</source>
            <translation>The inspection is over (ended {0})</translation>
        </message>
        <message>
            <location filename="../../desktop/lights/rules.py" />
            <source>红灯</source>
            <translation>Red</translation>
        </message>
        <message>
            <location filename="../../desktop/lights/rules.py" />
            <source>绿灯</source>
            <translation>Green</translation>
        </message>
        <message>
            <location filename="../../desktop/lights/rules.py" />
            <source>规则：红灯＝有期限已过而未完成；黄灯＝最近的期限在 {0} 个工作日内，或已完成措施的比例落后于时间进度 {1}% 以上；绿灯＝按计划推进或已完成；暂缓或未定期限的事项、时间已过的督查不亮灯。灯按日期随时计算，不保存。</source>
            <translation>Rules: red = a deadline has passed without completion; yellow = the next deadline is within {0} working days, or the share of completed measures lags behind the elapsed time by more than {1}%; green = on schedule or completed; items on hold or without a deadline, and inspections already over, have no light. Lights are computed from the date at any moment, never stored.</translation>
        </message>
        <message>
            <source>规则：红灯＝有期限已过而未完成；黄灯＝最近的期限在 {0} 个工作日内，或已完成措施的比例落后于时间进度 {1}% 以上；绿灯＝按计划推进或已完成；暂缓的事项不亮灯。灯按日期随时计算，不保存。</source>
            <translation type="vanished">Rules: red = a deadline has passed without completion; yellow = the next deadline is within {0} working days, or the share of completed measures lags behind the elapsed time by more than {1}%; green = on schedule or completed; items on hold have no light. Lights are computed from the date at any moment, never stored.</translation>
        </message>
        <message>
            <source>规则：红灯＝有期限已过而未完成；黄灯＝最近的期限在 {0} 个工作日内，或已完成措施的比例落后于时间进度 {1}% 以上；绿灯＝按计划推进或已完成；暂缓的事项和时间已过的督查不亮灯。灯按日期随时计算，不保存。</source>
            <translation type="vanished">Rules: red = a deadline has passed without completion; yellow = the next deadline is within {0} working days, or the share of completed measures lags behind the elapsed time by more than {1}%; green = on schedule or completed; items on hold and inspections already over have no light. Lights are computed from the date at any moment, never stored.</translation>
        </message>
        <message>
            <location filename="../../desktop/lights/rules.py" />
            <source>还剩 {0} 个工作日到期（期限 {1}）</source>
            <translation>{0} working days left (deadline {1})</translation>
        </message>
        <message>
            <location filename="../../desktop/lights/rules.py" />
            <source>进度落后：时间已过 {0}%，措施完成 {1}%</source>
            <translation>Behind schedule: {0}% of the time has passed, {1}% of the measures are done</translation>
        </message>
        <message>
            <location filename="../../desktop/lights/rules.py" />
            <source>黄灯</source>
            <translation>Yellow</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../desktop/views/file_actions.py" />
            <source>Excel 表格 (*.xlsx *.xlsm *.xls *.et);;所有文件 (*)</source>
            <translation>Excel workbooks (*.xlsx *.xlsm *.xls *.et);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/export_actions.py" />
            <source>Excel 表格 (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/export_actions.py" />
            <source>iCalendar 日历 (*.ics)</source>
            <translation>iCalendar calendar (*.ics)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/shared_glue.py" />
            <source>{0} 项修改暂存在本机，待保存</source>
            <translation>{0} change(s) kept on this PC, waiting to be saved</translation>
        </message>
        <message>
            <location filename="../../desktop/views/shared_glue.py" />
            <source>“{0}”无法保存：{1}（文字已另存在本机的恢复文件夹中）</source>
            <translation>"{0}" could not be saved: {1} (the text was kept in the recovery folder on this PC)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window_menus.py" />
            <source>为所有逾期事项生成督办单(&amp;A)…</source>
            <translation>Issue notices for &amp;all overdue items…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window_menus.py" />
            <source>交办：导出各科室台帐表(&amp;H)…</source>
            <translation>Hand out: export each section's forms (&amp;H)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window_menus.py" />
            <source>交办：导出当前任务台帐表…</source>
            <translation>Hand out: export the current task's form…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" />
            <source>人员</source>
            <translation>People</translation>
        </message>
        <message>
            <location filename="../../desktop/views/backup_actions.py" />
            <source>从备份恢复</source>
            <translation>Restore from a backup</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window_menus.py" />
            <source>从备份恢复(&amp;T)…</source>
            <translation>Res&amp;tore from a backup…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" />
            <source>任务</source>
            <translation>Tasks</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window_menus.py" />
            <source>使用指南(&amp;G)</source>
            <translation>User &amp;guide</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window_menus.py" />
            <source>关于督办台</source>
            <translation>About Duban</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window_menus.py" />
            <source>关于督办台(&amp;A)</source>
            <translation>&amp;About Duban</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window_menus.py" />
            <source>刷新(&amp;R)</source>
            <translation>&amp;Refresh</translation>
        </message>
        <message>
            <location filename="../../desktop/views/shared_glue.py" />
            <source>另有 {0} 人打开：{1}</source>
            <translation>{0} other(s) have it open: {1}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/shared_glue.py" />
            <source>只有您打开着此文件</source>
            <translation>Only you have this file open</translation>
        </message>
        <message>
            <location filename="../../desktop/views/backup_actions.py" />
            <source>只能备份数据库文件。服务器上的数据库请用服务器自己的备份工具（如 pg_dump）。</source>
            <translation>Only database files can be backed up. Back up a server database with the server's own tools (e.g. pg_dump).</translation>
        </message>
        <message>
            <location filename="../../desktop/views/shared_glue.py" />
            <source>只读：{0}</source>
            <translation>Read-only: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/backup_actions.py" />
            <source>备份</source>
            <translation>Backup</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window_menus.py" />
            <source>备份文件夹…</source>
            <translation>Backup folder…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/backup_actions.py" />
            <source>备份没有成功</source>
            <translation>The backup did not succeed</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window_menus.py" />
            <source>定期通报(&amp;B)…</source>
            <translation>Periodic &amp;briefing…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window_menus.py" />
            <source>导入文件夹中的台帐…</source>
            <translation>Import forms from a folder…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window_menus.py" />
            <source>导入新通知的附件表格…</source>
            <translation>Import a New Notice's Tables…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window_menus.py" />
            <source>导入返回的台帐(&amp;I)…</source>
            <translation>&amp;Import returned forms…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window_menus.py" />
            <source>导出 PDF(&amp;D)…</source>
            <translation>Export P&amp;DF…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/export_actions.py" />
            <source>导出台帐表</source>
            <translation>Export form</translation>
        </message>
        <message>
            <location filename="../../desktop/views/export_actions.py" />
            <source>导出整个计划</source>
            <translation>Export the whole plan</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window_menus.py" />
            <source>导出整个计划为 Excel(&amp;E)…</source>
            <translation>&amp;Export the whole plan to Excel…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/export_actions.py" />
            <source>导出日历</source>
            <translation>Export calendar</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window_menus.py" />
            <source>导出日历（.ics）…</source>
            <translation>Export calendar (.ics)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window_menus.py" />
            <source>工作日调整(&amp;W)…</source>
            <translation>&amp;Working-day adjustments…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/shared_glue.py" />
            <source>已保存暂存在本机的 {0} 项修改：</source>
            <translation>Saved {0} change(s) that were kept on this PC:</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" />
            <source>已刷新</source>
            <translation>Refreshed</translation>
        </message>
        <message>
            <location filename="../../desktop/views/export_actions.py" />
            <source>已在 {0} 生成 {1} 个台帐表：
{2}</source>
            <translation>Made {1} form(s) in {0}:
{2}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/backup_actions.py" />
            <source>已备份</source>
            <translation>Backed up</translation>
        </message>
        <message>
            <location filename="../../desktop/views/backup_actions.py" />
            <source>已备份并校验：{0}</source>
            <translation>Backed up and verified: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/export_actions.py" />
            <source>已导出</source>
            <translation>Exported</translation>
        </message>
        <message>
            <location filename="../../desktop/views/export_actions.py" />
            <source>已导出到 {0}</source>
            <translation>Exported to {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/export_actions.py" />
            <source>已导出台帐表</source>
            <translation>Forms exported</translation>
        </message>
        <message>
            <location filename="../../desktop/views/export_actions.py" />
            <source>已导出日历：{0}</source>
            <translation>Calendar exported: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/export_actions.py" />
            <source>已生成 {0}</source>
            <translation>Created {0}</translation>
        </message>
        <message>
            <source>已自动备份到 {0}</source>
            <translation type="vanished">Backed up automatically to {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/shared_glue.py" />
            <source>已自动备份：{0}</source>
            <translation>Backed up automatically: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" />
            <source>已载入其他电脑上的修改</source>
            <translation>Loaded the changes made on other PCs</translation>
        </message>
        <message>
            <location filename="../../desktop/views/shared_glue.py" />
            <source>已重新连接到数据库</source>
            <translation>Reconnected to the database</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window_menus.py" />
            <source>帮助(&amp;H)</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" />
            <source>总览</source>
            <translation>Overview</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window_menus.py" />
            <source>打印(&amp;P)…</source>
            <translation>&amp;Print…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window_menus.py" />
            <source>打印预览(&amp;V)…</source>
            <translation>Print pre&amp;view…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window_menus.py" />
            <source>打开(&amp;O)…</source>
            <translation>&amp;Open…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" />
            <source>打开另一个数据库</source>
            <translation>Open another database</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" />
            <source>打开督办台数据库</source>
            <translation>Open a Duban database</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window_menus.py" />
            <source>打开示例计划(&amp;S)</source>
            <translation>Open the &amp;sample plan</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window_menus.py" />
            <source>批示件登记簿(&amp;L)…</source>
            <translation>Instructions &amp;register…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" />
            <source>指标</source>
            <translation>Quotas</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" />
            <source>提醒</source>
            <translation>Reminders</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window_menus.py" />
            <source>提醒(&amp;M)</source>
            <translation>Re&amp;minders</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window_menus.py" />
            <source>撤销(&amp;U)</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window_menus.py" />
            <source>撤销“{0}”(&amp;U)</source>
            <translation>&amp;Undo "{0}"</translation>
        </message>
        <message>
            <location filename="../../desktop/views/shared_glue.py" />
            <source>数据库文件检查未通过（{0}），为免损坏扩大，已改为只读。</source>
            <translation>The database file failed its check ({0}); to keep the damage from spreading it is now read-only.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window_menus.py" />
            <source>文件(&amp;F)</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" />
            <source>文件：{0}</source>
            <translation>File: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window_menus.py" />
            <source>新建(&amp;N)…</source>
            <translation>&amp;New…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window_menus.py" />
            <source>新建任务(&amp;T)…</source>
            <translation>New &amp;task…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window_menus.py" />
            <source>新建年度计划(&amp;Y)…</source>
            <translation>New &amp;Yearly Plan…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window_menus.py" />
            <source>新建批示件任务(&amp;P)…</source>
            <translation>New task from an instruction(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" />
            <source>新建数据库</source>
            <translation>New database</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" />
            <source>新建督办台数据库</source>
            <translation>New Duban database</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" />
            <source>无法打开数据库</source>
            <translation>Cannot open the database</translation>
        </message>
        <message>
            <location filename="../../desktop/views/shared_glue.py" />
            <source>无法访问数据库：{0} 您的修改会先暂存在本机，连接恢复后自动保存。</source>
            <translation>Cannot reach the database: {0} Your changes are kept on this PC for now and saved automatically when the connection is back.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" />
            <location filename="../../desktop/views/print_dialog.py" />
            <source>无法读取数据库</source>
            <translation>Cannot read the database</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" />
            <source>日历</source>
            <translation>Calendar</translation>
        </message>
        <message>
            <location filename="../../desktop/views/shared_glue.py" />
            <source>暂存的修改</source>
            <translation>Changes kept on this PC</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window_menus.py" />
            <source>最近打开(&amp;R)</source>
            <translation>&amp;Recent files</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" />
            <source>未打开数据库</source>
            <translation>No database open</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window_menus.py" />
            <source>查找任务(&amp;F)</source>
            <translation>&amp;Find tasks</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window_menus.py" />
            <source>查看(&amp;V)</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <location filename="../../desktop/views/backup_actions.py" />
            <source>正在备份…</source>
            <translation>Backing up…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/export_actions.py" />
            <source>正在导出…</source>
            <translation>Exporting…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" />
            <source>正在打开…</source>
            <translation>Opening…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" />
            <source>此数据库还没有计划</source>
            <translation>This database has no plan yet</translation>
        </message>
        <message>
            <location filename="../../desktop/views/shared_glue.py" />
            <source>没有保存</source>
            <translation>Not saved</translation>
        </message>
        <message>
            <location filename="../../desktop/views/export_actions.py" />
            <source>没有导出</source>
            <translation>Not exported</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window_menus.py" />
            <source>督办(&amp;S)</source>
            <translation>&amp;Supervision</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window_menus.py" />
            <source>督办单登记簿(&amp;R)…</source>
            <translation>Notice &amp;register…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window_menus.py" />
            <source>督办单设置(&amp;S)…</source>
            <translation>Notice &amp;settings…</translation>
        </message>
        <message>
            <location filename="../../desktop/app.py" />
            <location filename="../../desktop/views/briefing_dialog.py" />
            <location filename="../../desktop/views/main_window.py" />
            <location filename="../../desktop/views/notice_import_dialog.py" />
            <location filename="../../desktop/views/register_window.py" />
            <location filename="../../desktop/views/window_menus.py" />
            <source>督办台</source>
            <translation>Duban</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" />
            <source>督办台 — {0}</source>
            <translation>Duban — {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/plan_switcher.py" />
            <source>督办台 — {0}（{1}）</source>
            <translation>Duban — {0} ({1})</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" />
            <source>督办台已打开 {0}。
要改为打开 {1} 吗？</source>
            <translation>Duban has {0} open.
Open {1} instead?</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" />
            <source>督办台数据库 (*{0})</source>
            <translation>Duban database (*{0})</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" />
            <source>督办台数据库 (*{0});;早期版本的数据库 (*.sqlite *.db);;所有文件 (*)</source>
            <translation>Duban database (*{0});;Databases of earlier versions (*.sqlite *.db);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/export_actions.py" />
            <source>督办日历.ics</source>
            <translation>Duban calendar.ics</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window_menus.py" />
            <source>立即备份(&amp;B)</source>
            <translation>&amp;Back up now</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window_menus.py" />
            <source>签发督办单(&amp;I)…</source>
            <translation>&amp;Issue notices…</translation>
        </message>
        <message>
            <source>红黄灯与提醒设置(&amp;O)…</source>
            <translation type="vanished">Traffic lights and rem&amp;inders…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window_menus.py" />
            <source>红黄绿灯与提醒(&amp;O)…</source>
            <translation>Traffic lights and rem&amp;inders…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window_menus.py" />
            <source>编辑(&amp;E)</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <location filename="../../desktop/views/shared_glue.py" />
            <source>自动备份没有成功：{0}</source>
            <translation>The automatic backup did not succeed: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" />
            <source>要在新数据库中放入内置的 2022 年计划（柳科通〔2022〕20号）吗？
选“否”则建立空数据库。</source>
            <translation>Put the built-in 2022 plan (柳科通〔2022〕20号) into the new database?
Choose "No" for an empty database.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" />
            <location filename="../../desktop/views/plan_switcher.py" />
            <source>计划：{0}</source>
            <translation>Plan: {0}</translation>
        </message>
        <message>
            <source>计划：{0}　{1}</source>
            <translation type="vanished">Plan: {0}　{1}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/export_actions.py" />
            <source>请先在任务页选择一项任务。</source>
            <translation>Please select a task in the Tasks tab first.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" />
            <source>请先打开一个含计划的数据库。</source>
            <translation>Please open a database that holds a plan first.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/briefing_dialog.py" />
            <location filename="../../desktop/views/register_window.py" />
            <location filename="../../desktop/views/window_menus.py" />
            <source>请先打开一个数据库。</source>
            <translation>Please open a database first.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/backup_actions.py" />
            <source>请先打开一个数据库文件。服务器上的数据库请用服务器自己的工具恢复。</source>
            <translation>Please open a database file first. Restore a server database with the server's own tools.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/export_actions.py" />
            <source>跳过 {0} 项未指定牵头科室的任务（没有科室会收到它们的台帐）：{1}</source>
            <translation>Skipped {0} task(s) without a lead section (no section would receive their ledger): {1}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window_menus.py" />
            <source>连接到数据库服务器(&amp;C)…</source>
            <translation>&amp;Connect to a database server…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/window_menus.py" />
            <source>退出(&amp;X)</source>
            <translation>E&amp;xit</translation>
        </message>
        <message>
            <location filename="../../desktop/views/export_actions.py" />
            <source>选择保存台帐表的文件夹</source>
            <translation>Choose the folder to save the forms in</translation>
        </message>
        <message>
            <location filename="../../desktop/views/backup_actions.py" />
            <source>选择备份文件夹（建议选本机磁盘，而不是网络驱动器）</source>
            <translation>Choose the backup folder (a disk of this PC rather than a network drive is best)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" />
            <source>选择放有返回台帐的文件夹</source>
            <translation>Choose the folder holding the returned forms</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" />
            <source>选择返回的台帐</source>
            <translation>Choose the returned forms</translation>
        </message>
    </context>
    <context>
        <name>MatrixModel</name>
        <message>
            <location filename="../../desktop/views/quotas/matrix_model.py" />
            <source> (转{0})</source>
            <translation> (+{0} carried)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/matrix_model.py" />
            <source>{0} {1}（{2}）：已报 {3} / 应报 {4}，{5}到期</source>
            <translation>{0} {1} ({2}): reported {3} / required {4}, due {5}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/matrix_model.py" />
            <source>{0}–{1}月</source>
            <translation>M{0}–M{1}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/matrix_model.py" />
            <source>{0}　{1}月：{2}</source>
            <translation>{0}, M{1}: {2}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/matrix_model.py" />
            <source>{0}月</source>
            <translation>M{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/matrix_model.py" />
            <source>“已报/应报”写在周期到期的月份；（转N）为上期欠缺结转的条数。</source>
            <translation>"Reported/required" is written in the month the period ends; (+N) is the shortfall carried over from the previous period.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/matrix_model.py" />
            <source>合计</source>
            <translation>Total</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/matrix_model.py" />
            <source>周期已到期，已报够</source>
            <translation>Period ended, enough reported</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/matrix_model.py" />
            <source>周期已到期，条数不足</source>
            <translation>Period ended, too few reported</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/matrix_model.py" />
            <source>周期未到期</source>
            <translation>Period not yet ended</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/matrix_model.py" />
            <source>已完成</source>
            <translation>Completed</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/matrix_model.py" />
            <source>期内（到期月份在后）</source>
            <translation>In period (due in a later month)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/matrix_model.py" />
            <source>未到期</source>
            <translation>Not yet due</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/matrix_model.py" />
            <source>本月不计</source>
            <translation>Not counted this month</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/matrix_model.py" />
            <source>本月登记 {0} 条</source>
            <translation>{0} entries recorded this month</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/matrix_model.py" />
            <source>欠缺</source>
            <translation>Short</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/matrix_model.py" />
            <source>灰色，周期在后面的月份到期，只写本月已报条数</source>
            <translation>grey: the period ends in a later month; only this month's count is shown</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/matrix_model.py" />
            <source>科室</source>
            <translation>Section</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/matrix_model.py" />
            <source>；含上期欠缺结转 {0} 条</source>
            <translation>; including {0} carried over from the previous period's shortfall</translation>
        </message>
    </context>
    <context>
        <name>MeasureDialog</name>
        <message>
            <location filename="../../desktop/views/task_dialogs.py" />
            <source>内容</source>
            <translation>Content</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_dialogs.py" />
            <source>措施</source>
            <translation>Measure</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_dialogs.py" />
            <source>新增措施</source>
            <translation>Add measure</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_dialogs.py" />
            <source>有期限</source>
            <translation>Has a deadline</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_dialogs.py" />
            <source>期限</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_dialogs.py" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_dialogs.py" />
            <source>负责人</source>
            <translation>Person responsible</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_dialogs.py" />
            <source>负责科室</source>
            <translation>Responsible section</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_dialogs.py" />
            <source>（同任务牵头科室）</source>
            <translation>(the task's lead section)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_dialogs.py" />
            <source>（无）</source>
            <translation>(none)</translation>
        </message>
    </context>
    <context>
        <name>MilestoneDialog</name>
        <message>
            <location filename="../../desktop/views/task_dialogs.py" />
            <source>原文写法，如“6 月前出台”</source>
            <translation>As written, e.g. "6 月前出台"</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_dialogs.py" />
            <source>原文期限</source>
            <translation>Deadline as written</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_dialogs.py" />
            <source>完成日期</source>
            <translation>Completed on</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_dialogs.py" />
            <source>已完成</source>
            <translation>Completed</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_dialogs.py" />
            <source>时间节点</source>
            <translation>Milestones</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_dialogs.py" />
            <source>有期限</source>
            <translation>Has a deadline</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_dialogs.py" />
            <source>期限</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_dialogs.py" />
            <source>节点</source>
            <translation>Milestone</translation>
        </message>
    </context>
    <context>
        <name>NextYear</name>
        <message>
            <location filename="../../desktop/services/next_year.py" />
            <source>{0} 年计划已结转为 {1}（{2} 年），不能再结转一次。</source>
            <translation>The {0} plan was already carried over into {1} ({2}); it cannot be carried over again.</translation>
        </message>
        <message>
            <location filename="../../desktop/models/read_only.py" />
            <source>{0} 年计划已结转到 {1} 年计划，只能查看，不能修改。请切换到 {1} 年计划后再修改。</source>
            <translation>The {0} plan was carried over into the {1} plan: it can be viewed, not changed. Switch to the {1} plan to make changes.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/next_year.py" />
            <source>{0}（{1} 年）</source>
            <translation>{0} ({1})</translation>
        </message>
        <message>
            <location filename="../../desktop/services/next_year.py" />
            <source>只能结转上一年度计划中尚未办结的任务。</source>
            <translation>Only tasks of the previous plan that are not yet closed can be carried over.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/next_year.py" />
            <source>年度 {0} 不像是 {1} 年计划的下一年度，请检查。</source>
            <translation>{0} does not look like a year after the {1} plan; please check.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/next_year.py" />
            <source>找不到作为基础的计划。</source>
            <translation>The plan to start from was not found.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/next_year.py" />
            <source>文号“{0}”已被本文件中的另一个计划使用。</source>
            <translation>The document number “{0}” is already used by another plan in this file.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/next_year.py" />
            <source>新建年度计划</source>
            <translation>New yearly plan</translation>
        </message>
        <message>
            <location filename="../../desktop/services/next_year.py" />
            <source>新计划的年度（{0}）须晚于作为基础的 {1} 年计划。</source>
            <translation>The new plan's year ({0}) must be later than the {1} plan it starts from.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/next_year.py" />
            <source>由 {0} 年计划结转（原编号 {1}）</source>
            <translation>Carried over from the {0} plan (was {1})</translation>
        </message>
        <message>
            <location filename="../../desktop/services/next_year.py" />
            <source>请填写新计划的文号。</source>
            <translation>Please enter the new plan's document number.</translation>
        </message>
    </context>
    <context>
        <name>NextYearDialog</name>
        <message>
            <location filename="../../desktop/views/next_year_dialog.py" />
            <source>{0} 年计划已结转过，不能再结转一次。</source>
            <translation>The {0} plan was already carried over; it cannot be carried over again.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/next_year_dialog.py" />
            <source>{0}　{1}（{2}，{3}）</source>
            <translation>{0}  {1} ({2}, {3})</translation>
        </message>
        <message>
            <location filename="../../desktop/views/next_year_dialog.py" />
            <source>{0}（{1} 年）</source>
            <translation>{0} ({1})</translation>
        </message>
        <message>
            <location filename="../../desktop/views/next_year_dialog.py" />
            <source>全不选</source>
            <translation>Select None</translation>
        </message>
        <message>
            <location filename="../../desktop/views/next_year_dialog.py" />
            <source>全选</source>
            <translation>Select All</translation>
        </message>
        <message>
            <location filename="../../desktop/views/next_year_dialog.py" />
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../desktop/views/next_year_dialog.py" />
            <source>基础计划：</source>
            <translation>Start from:</translation>
        </message>
        <message>
            <location filename="../../desktop/views/next_year_dialog.py" />
            <source>将复制：部门、人员、领导小组和工作小组（成员及顺序）、联系人、宣传推广指标规则、督查日历（每年的督查和备检时间移到新年度）。不复制：进展台帐、督办单、宣传稿件。下面勾选的未办结任务将结转到新计划，并记下原任务。新建后，{0} 年计划保留在本文件中，只能查看。</source>
            <translation>Copied: departments, people, the leadership and working groups (members in order), contacts, publicity quota rules and the inspection calendar (yearly inspection and preparation windows moved to the new year). Not copied: progress reports, supervision notices, publicity items. The open tasks ticked below are carried over into the new plan, each linked to its original. Afterwards the {0} plan stays in this file, read-only.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/next_year_dialog.py" />
            <source>已新建 {0} 年计划，结转任务 {1} 项</source>
            <translation>Made the {0} plan; {1} tasks carried over</translation>
        </message>
        <message>
            <location filename="../../desktop/views/next_year_dialog.py" />
            <source>新建</source>
            <translation>Create</translation>
        </message>
        <message>
            <location filename="../../desktop/views/next_year_dialog.py" />
            <source>新建年度计划</source>
            <translation>New yearly plan</translation>
        </message>
        <message>
            <location filename="../../desktop/views/next_year_dialog.py" />
            <source>新计划年度：</source>
            <translation>Year of the new plan:</translation>
        </message>
        <message>
            <location filename="../../desktop/views/next_year_dialog.py" />
            <source>新计划文号：</source>
            <translation>Document number:</translation>
        </message>
        <message>
            <location filename="../../desktop/views/next_year_dialog.py" />
            <source>未定牵头科室</source>
            <translation>no lead section</translation>
        </message>
        <message>
            <location filename="../../desktop/views/next_year_dialog.py" />
            <source>正在新建年度计划…</source>
            <translation>Making the new yearly plan…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/next_year_dialog.py" />
            <source>没有新建年度计划</source>
            <translation>New yearly plan not made</translation>
        </message>
        <message>
            <location filename="../../desktop/views/next_year_dialog.py" />
            <source>结转 {0} 项，共 {1} 项未办结</source>
            <translation>{0} of {1} open tasks carried over</translation>
        </message>
        <message>
            <location filename="../../desktop/views/next_year_dialog.py" />
            <source>结转的任务（尚未办结）：</source>
            <translation>Tasks to carry over (not yet closed):</translation>
        </message>
    </context>
    <context>
        <name>NoticeImport</name>
        <message>
            <location filename="../../desktop/services/notice_import.py" />
            <source>导入通知附件表格</source>
            <translation>Import the notice's attachment tables</translation>
        </message>
        <message>
            <location filename="../../desktop/excel/notice_tables.py" />
            <source>文件太大（{0} MB），不像是通知的附件表格。</source>
            <translation>The file is too large ({0} MB) to be a notice's attachment tables.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/notice_import.py" />
            <source>新增任务（进展情况不导入）</source>
            <translation>New task (the progress column is not imported)</translation>
        </message>
        <message>
            <location filename="../../desktop/services/notice_import.py" />
            <source>新增宣传推广规则；计数要求请在“指标”页设置</source>
            <translation>New publicity rule; set its counting duties on the Quotas tab</translation>
        </message>
        <message>
            <location filename="../../desktop/services/notice_import.py" />
            <source>新增督查事项</source>
            <translation>New inspection</translation>
        </message>
        <message>
            <location filename="../../desktop/services/notice_import.py" />
            <source>新增督查事项；时间“{0}”无法识别，未排入日历</source>
            <translation>New inspection; its time “{0}” cannot be read, so it is not on the calendar</translation>
        </message>
        <message>
            <location filename="../../desktop/services/notice_import.py" />
            <source>本计划已有同名任务</source>
            <translation>The plan already has a task of this title</translation>
        </message>
        <message>
            <location filename="../../desktop/services/notice_import.py" />
            <source>本计划已有同名督查事项</source>
            <translation>The plan already has an inspection of this name</translation>
        </message>
        <message>
            <location filename="../../desktop/services/notice_import.py" />
            <source>本计划已有这条宣传推广规则</source>
            <translation>The plan already has this publicity rule</translation>
        </message>
        <message>
            <location filename="../../desktop/excel/notice_tables.py" />
            <source>没有找到附件表格：需要含“序号”和“改革攻坚落实事项”（附件 2）、“督查事项”（附件 3）或“宣传推广内容”（附件 4）的表头行。</source>
            <translation>No attachment table found: a header row with 序号 and 改革攻坚落实事项 (Attachment 2), 督查事项 (Attachment 3) or 宣传推广内容 (Attachment 4) is needed.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/notice_import.py" />
            <source>由通知附件表格导入</source>
            <translation>Imported from the notice's attachment tables</translation>
        </message>
        <message>
            <location filename="../../desktop/services/notice_import.py" />
            <source>编号 {0} 已被本计划的另一项任务使用</source>
            <translation>No. {0} is used by another task of the plan</translation>
        </message>
        <message>
            <location filename="../../desktop/services/notice_import.py" />
            <source>附件 2</source>
            <translation>Attachment 2</translation>
        </message>
        <message>
            <location filename="../../desktop/services/notice_import.py" />
            <source>附件 3</source>
            <translation>Attachment 3</translation>
        </message>
        <message>
            <location filename="../../desktop/services/notice_import.py" />
            <source>附件 4</source>
            <translation>Attachment 4</translation>
        </message>
    </context>
    <context>
        <name>NoticeImportDialog</name>
        <message>
            <location filename="../../desktop/views/notice_import_dialog.py" />
            <source>Excel 工作簿 (*.xlsx)</source>
            <translation>Excel workbooks (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/notice_import_dialog.py" />
            <source>{0}：导入到 {1}：新增 {2} 行，跳过 {3} 行。</source>
            <translation>{0} into {1}: {2} new rows, {3} skipped.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/notice_import_dialog.py" />
            <source>事项</source>
            <translation>Item</translation>
        </message>
        <message>
            <location filename="../../desktop/views/notice_import_dialog.py" />
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../desktop/views/notice_import_dialog.py" />
            <source>处理</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../desktop/views/notice_import_dialog.py" />
            <source>导入</source>
            <translation>Import</translation>
        </message>
        <message>
            <location filename="../../desktop/views/notice_import_dialog.py" />
            <source>导入新通知的附件表格</source>
            <translation>Import a new notice's tables</translation>
        </message>
        <message>
            <location filename="../../desktop/views/notice_import_dialog.py" />
            <source>工作表</source>
            <translation>Sheet</translation>
        </message>
        <message>
            <location filename="../../desktop/views/notice_import_dialog.py" />
            <source>已从通知的附件表格导入 {0} 行</source>
            <translation>Imported {0} rows from the notice's tables</translation>
        </message>
        <message>
            <location filename="../../desktop/views/notice_import_dialog.py" />
            <source>新增</source>
            <translation>Add</translation>
        </message>
        <message>
            <location filename="../../desktop/views/notice_import_dialog.py" />
            <source>无法读取通知的附件表格</source>
            <translation>Cannot read the notice's tables</translation>
        </message>
        <message>
            <location filename="../../desktop/views/notice_import_dialog.py" />
            <source>正在导入…</source>
            <translation>Importing…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/notice_import_dialog.py" />
            <source>没有导入</source>
            <translation>Not imported</translation>
        </message>
        <message>
            <location filename="../../desktop/views/notice_import_dialog.py" />
            <source>编号</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/notice_import_dialog.py" />
            <source>说明</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../desktop/views/notice_import_dialog.py" />
            <source>跳过</source>
            <translation>Skip</translation>
        </message>
        <message>
            <location filename="../../desktop/views/notice_import_dialog.py" />
            <source>选择通知的附件表格</source>
            <translation>Choose the notice's attachment tables</translation>
        </message>
        <message>
            <location filename="../../desktop/views/notice_import_dialog.py" />
            <source>附件</source>
            <translation>Attachment</translation>
        </message>
    </context>
    <context>
        <name>NoticeRegister</name>
        <message>
            <source>PDF 文件 (*.pdf)</source>
            <translation type="vanished">PDF files (*.pdf)</translation>
        </message>
        <message>
            <source>Word 文件 (*.docx)</source>
            <translation type="vanished">Word files (*.docx)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/notices_window.py" />
            <source>为所有逾期事项生成督办单…</source>
            <translation>Issue for all overdue items…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/notices_window.py" />
            <source>事项</source>
            <translation>Item</translation>
        </message>
        <message>
            <location filename="../../desktop/views/notices_window.py" />
            <source>今天没有需要督办的事项：没有逾期的，也没有在黄灯期限内到期而本期未报送进展的。</source>
            <translation>Nothing calls for a notice today: nothing is overdue, and nothing due within the yellow window lacks this round's report.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/notices_window.py" />
            <source>作废</source>
            <translation>Withdraw</translation>
        </message>
        <message>
            <location filename="../../desktop/views/notices_window.py" />
            <source>作废…</source>
            <translation>Withdraw…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/notices_window.py" />
            <source>作废原因（编号 {0} 保留，不再使用）：</source>
            <translation>Reason for withdrawing (number {0} stays taken and is not reused):</translation>
        </message>
        <message>
            <location filename="../../desktop/views/notices_window.py" />
            <source>保存为可编辑的 Word 文件（.docx），盖章前可修改</source>
            <translation>Save as an editable Word file (.docx), to edit before stamping</translation>
        </message>
        <message>
            <location filename="../../desktop/views/notices_window.py" />
            <source>全部状态</source>
            <translation>All states</translation>
        </message>
        <message>
            <location filename="../../desktop/views/notices_window.py" />
            <source>全部科室</source>
            <translation>All sections</translation>
        </message>
        <message>
            <location filename="../../desktop/views/notices_window.py" />
            <source>全部等级</source>
            <translation>All grades</translation>
        </message>
        <message>
            <location filename="../../desktop/views/notices_window.py" />
            <source>共 {0} 份</source>
            <translation>{0} notice(s)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/notices_window.py" />
            <source>回复情况（如“书面说明已收到”）：</source>
            <translation>How it was answered (e.g. "written explanation received"):</translation>
        </message>
        <message>
            <location filename="../../desktop/views/notices_window.py" />
            <source>回复或作废</source>
            <translation>Answer or withdrawal</translation>
        </message>
        <message>
            <location filename="../../desktop/views/notices_window.py" />
            <source>回复期限</source>
            <translation>Reply by</translation>
        </message>
        <message>
            <location filename="../../desktop/views/notices_window.py" />
            <source>导出 PDF…</source>
            <translation>Export PDF…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/notices_window.py" />
            <source>导出 Word…</source>
            <translation>Export Word…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/notices_window.py" />
            <source>导出督办单</source>
            <translation>Export notice</translation>
        </message>
        <message>
            <location filename="../../desktop/views/notices_window.py" />
            <source>已导出 {0}</source>
            <translation>Exported {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/notices_window.py" />
            <source>已签发 {0} 份督办单</source>
            <translation>{0} notice(s) issued</translation>
        </message>
        <message>
            <location filename="../../desktop/views/notices_window.py" />
            <source>打印预览</source>
            <translation>Print preview</translation>
        </message>
        <message>
            <location filename="../../desktop/views/notices_window.py" />
            <source>打印预览…</source>
            <translation>Print preview…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/notices_window.py" />
            <source>接收人</source>
            <translation>Recipient</translation>
        </message>
        <message>
            <location filename="../../desktop/views/notices_window.py" />
            <source>期限</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <location filename="../../desktop/views/notices_window.py" />
            <source>标为已回复</source>
            <translation>Mark answered</translation>
        </message>
        <message>
            <location filename="../../desktop/views/notices_window.py" />
            <source>标为已回复…</source>
            <translation>Mark answered…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/notices_window.py" />
            <source>没有导出</source>
            <translation>Not exported</translation>
        </message>
        <message>
            <location filename="../../desktop/views/notices_window.py" />
            <source>没有签发</source>
            <translation>Not issued</translation>
        </message>
        <message>
            <location filename="../../desktop/views/notices_window.py" />
            <source>状态</source>
            <translation>State</translation>
        </message>
        <message>
            <location filename="../../desktop/views/notices_window.py" />
            <source>科室</source>
            <translation>Section</translation>
        </message>
        <message>
            <location filename="../../desktop/views/notices_window.py" />
            <source>等级</source>
            <translation>Grade</translation>
        </message>
        <message>
            <location filename="../../desktop/views/notices_window.py" />
            <source>签发日期</source>
            <translation>Issued on</translation>
        </message>
        <message>
            <location filename="../../desktop/views/notices_window.py" />
            <source>签发督办单</source>
            <translation>Issue notices</translation>
        </message>
        <message>
            <location filename="../../desktop/views/notices_window.py" />
            <source>签发督办单…</source>
            <translation>Issue notices…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/notices_window.py" />
            <source>编号</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/notices_window.py" />
            <source>请先选中一份待回复的督办单。</source>
            <translation>Select a notice awaiting a reply first.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/notices_window.py" />
            <source>请先选中一份没有作废的督办单。</source>
            <translation>Select a notice that is not withdrawn first.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/notices_window.py" />
            <source>请先选中一份督办单。</source>
            <translation>Select a notice first.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/notices_window.py" />
            <source>逾期工作日</source>
            <translation>Working days late</translation>
        </message>
    </context>
    <context>
        <name>NoticeSettingsDialog</name>
        <message>
            <location filename="../../desktop/views/notices_window.py" />
            <source> 个工作日</source>
            <translation> working days</translation>
        </message>
        <message>
            <location filename="../../desktop/views/notices_window.py" />
            <source>回复期限</source>
            <translation>Reply within</translation>
        </message>
        <message>
            <location filename="../../desktop/views/notices_window.py" />
            <source>如 〔{year}〕第 {number} 号</source>
            <translation>e.g. 〔{year}〕第 {number} 号</translation>
        </message>
        <message>
            <location filename="../../desktop/views/notices_window.py" />
            <source>提示单：期限在黄灯时间内、本期尚未报送进展；黄色督办单：已逾期，或同一事项再次提示；红色督办单：逾期超过下面的工作日数，或同一事项再次督办。</source>
            <translation>Reminder notice: the deadline is within the yellow window and this round's report is missing. Yellow notice: overdue, or a second reminder on the same item. Red notice: overdue longer than the working days below, or a second notice on the same item.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/notices_window.py" />
            <source>督办单设置</source>
            <translation>Notice settings</translation>
        </message>
        <message>
            <location filename="../../desktop/views/notices_window.py" />
            <source>示例</source>
            <translation>Example</translation>
        </message>
        <message>
            <location filename="../../desktop/views/notices_window.py" />
            <source>编号格式</source>
            <translation>Number format</translation>
        </message>
        <message>
            <location filename="../../desktop/views/notices_window.py" />
            <source>逾期多久发红色督办单</source>
            <translation>Red notice after overdue by</translation>
        </message>
    </context>
    <context>
        <name>Notices</name>
        <message>
            <source>{0}年{1}月{2}日</source>
            <translation type="vanished">{0}-{1:02}-{2:02}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/notice_documents.py" />
            <source>一、督办要求</source>
            <translation>1. Requirement</translation>
        </message>
        <message>
            <location filename="../../desktop/services/notice_documents.py" />
            <source>二、回复要求</source>
            <translation>2. Reply</translation>
        </message>
        <message>
            <location filename="../../desktop/services/notices.py" />
            <source>以 {0} 审核通过的进展回复</source>
            <translation>Answered by the accepted report of {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/notices.py" />
            <source>作废原因</source>
            <translation>Reason for withdrawal</translation>
        </message>
        <message>
            <location filename="../../desktop/services/notices.py" />
            <source>作废督办单</source>
            <translation>Withdraw notice</translation>
        </message>
        <message>
            <location filename="../../desktop/services/notices.py" />
            <source>修改督办单设置</source>
            <translation>Change notice settings</translation>
        </message>
        <message>
            <location filename="../../desktop/services/notice_documents.py" />
            <source>内容</source>
            <translation>Details</translation>
        </message>
        <message>
            <location filename="../../desktop/services/notices.py" />
            <source>只有待回复的督办单可以标为已回复。</source>
            <translation>Only a notice awaiting a reply can be marked answered.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/notices.py" />
            <source>回复情况</source>
            <translation>Reply</translation>
        </message>
        <message>
            <location filename="../../desktop/services/notice_documents.py" />
            <source>完成期限</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <location filename="../../desktop/services/notice_documents.py" />
            <source>尚未到期</source>
            <translation>Not yet due</translation>
        </message>
        <message>
            <location filename="../../desktop/services/notice_documents.py" />
            <source>已作废</source>
            <translation>Withdrawn</translation>
        </message>
        <message>
            <location filename="../../desktop/services/notice_documents.py" />
            <source>已逾期 {0} 个工作日</source>
            <translation>Overdue by {0} working days</translation>
        </message>
        <message>
            <location filename="../../desktop/services/notice_documents.py" />
            <source>提示</source>
            <translation>Reminder</translation>
        </message>
        <message>
            <location filename="../../desktop/services/notice_documents.py" />
            <source>最近报送</source>
            <translation>Last report</translation>
        </message>
        <message>
            <location filename="../../desktop/services/notice_documents.py" />
            <source>根据《{0}》督查督办工作要求，下列事项即将到期，特此提示：</source>
            <translation>Under the supervision requirements of "{0}", the following item falls due soon:</translation>
        </message>
        <message>
            <location filename="../../desktop/services/notice_documents.py" />
            <source>根据《{0}》督查督办工作要求，下列事项未按期完成，现予督办：</source>
            <translation>Under the supervision requirements of "{0}", the following item was not completed on time and is hereby supervised:</translation>
        </message>
        <message>
            <location filename="../../desktop/services/notice_documents.py" />
            <source>督办事项</source>
            <translation>Item</translation>
        </message>
        <message>
            <location filename="../../desktop/services/notice_documents.py" />
            <source>督办单</source>
            <translation>Supervision notice</translation>
        </message>
        <message>
            <location filename="../../desktop/services/notices.py" />
            <source>督办单已回复</source>
            <translation>Notice answered</translation>
        </message>
        <message>
            <location filename="../../desktop/services/notice_documents.py" />
            <source>督办提示单</source>
            <translation>Reminder notice</translation>
        </message>
        <message>
            <location filename="../../desktop/services/notices.py" />
            <source>督办要求</source>
            <translation>Requirement</translation>
        </message>
        <message>
            <location filename="../../desktop/services/notices.py" />
            <source>签发人</source>
            <translation>Issued by</translation>
        </message>
        <message>
            <location filename="../../desktop/services/notices.py" />
            <source>签发督办单</source>
            <translation>Issue notice</translation>
        </message>
        <message>
            <location filename="../../desktop/services/notice_documents.py" />
            <source>红色督办</source>
            <translation>Red notice</translation>
        </message>
        <message>
            <location filename="../../desktop/services/notices.py" />
            <source>红色督办的逾期工作日数应在 0–250 之间，回复期限应在 1–60 个工作日之间。</source>
            <translation>The working days overdue before a notice is red must be 0–250, and the reply period 1–60 working days.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/notices.py" />
            <source>编号格式只能含有 {year} 和 {number} 两个占位符。</source>
            <translation>The number format may contain only the placeholders {year} and {number}.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/notices.py" />
            <source>编号格式必须含有 {number}（序号），可以含有 {year}（年份）。</source>
            <translation>The number format must contain {number} (the serial number) and may contain {year}.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/notices.py" />
            <source>该事项即将到期，请抓紧推进，按期完成并报送进展情况。</source>
            <translation>This item falls due soon: please press on, finish it on time and report progress.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/notice_documents.py" />
            <source>请于{0}前将办理情况书面报送领导小组办公室。</source>
            <translation>Please report in writing to the leading group's office by {0}.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/notices.py" />
            <source>请于回复期限前书面说明未按期完成的原因、目前进展和整改措施，并明确完成时限。</source>
            <translation>Before the reply date, explain in writing why it was not done on time, where it stands, what will be done, and by when.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/notices.py" />
            <source>请抓紧做好迎检准备，并将准备情况书面报领导小组办公室。</source>
            <translation>Please complete the preparation for the inspection and report it in writing to the leading group's office.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/notice_documents.py" />
            <source>请选择 .docx（Word）或 .pdf 文件名：{0}</source>
            <translation>Choose a .docx (Word) or .pdf file name: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/notice_documents.py" />
            <source>责任人</source>
            <translation>Responsible person</translation>
        </message>
        <message>
            <location filename="../../desktop/services/notice_documents.py" />
            <source>责任科室</source>
            <translation>Section</translation>
        </message>
        <message>
            <location filename="../../desktop/services/notices.py" />
            <source>这份督办单刚被另一台电脑改过，请刷新后再试。</source>
            <translation>This notice was just changed on another PC. Refresh and try again.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/notice_documents.py" />
            <location filename="../../desktop/services/notices.py" />
            <source>这份督办单已不存在。</source>
            <translation>This notice no longer exists.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/notices.py" />
            <source>这份督办单已经作废。</source>
            <translation>This notice has already been withdrawn.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/notice_documents.py" />
            <source>逾期情况</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <location filename="../../desktop/services/notice_documents.py" />
            <source>项目</source>
            <translation>Field</translation>
        </message>
        <message>
            <location filename="../../desktop/services/notice_documents.py" />
            <source>黄色督办</source>
            <translation>Yellow notice</translation>
        </message>
        <message>
            <location filename="../../desktop/services/notices.py" />
            <source>（尚无审核通过的进展）</source>
            <translation>(no accepted report yet)</translation>
        </message>
        <message>
            <location filename="../../desktop/services/notice_documents.py" />
            <source>（本单已作废：{0}）</source>
            <translation>(This notice is withdrawn: {0})</translation>
        </message>
    </context>
    <context>
        <name>NoticesWindow</name>
        <message>
            <location filename="../../desktop/views/notices_window.py" />
            <source>督办单登记簿</source>
            <translation>Notice register</translation>
        </message>
    </context>
    <context>
        <name>Operations</name>
        <message>
            <location filename="../../desktop/views/operations.py" />
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../desktop/views/operations.py" />
            <source>无法读取数据库</source>
            <translation>Cannot read the database</translation>
        </message>
        <message>
            <location filename="../../desktop/views/operations.py" />
            <source>督办台</source>
            <translation>Duban</translation>
        </message>
    </context>
    <context>
        <name>OptionsDialog</name>
        <message>
            <location filename="../../desktop/views/options_dialog.py" />
            <source> 个工作日</source>
            <translation> working days</translation>
        </message>
        <message>
            <source> 天</source>
            <translation type="vanished"> days</translation>
        </message>
        <message>
            <source>提醒栏列出多少天内到期</source>
            <translation type="vanished">The reminder panel lists what falls due within</translation>
        </message>
        <message>
            <location filename="../../desktop/views/options_dialog.py" />
            <source>提醒（任务页的提醒栏、右侧提醒栏、系统通知、逾期/临期清单）列出多少个工作日内到期</source>
            <translation>Reminders (the bar on Tasks, the reminder panel, notifications and the overdue/due-soon list) cover what falls due within this many working days</translation>
        </message>
        <message>
            <source>日历提醒（右侧提醒栏和系统通知）列出多少个工作日内到期</source>
            <translation type="vanished">Calendar reminders (the reminder panel on the right and system notifications) list what falls due within</translation>
        </message>
        <message>
            <location filename="../../desktop/views/options_dialog.py" />
            <source>期限前多少个工作日亮黄灯</source>
            <translation>Working days before a deadline when the light turns yellow</translation>
        </message>
        <message>
            <location filename="../../desktop/views/options_dialog.py" />
            <source>未设置：第一次报送进展时会询问</source>
            <translation>Not set: asked at the first report</translation>
        </message>
        <message>
            <location filename="../../desktop/views/options_dialog.py" />
            <source>本机报送人</source>
            <translation>Reporter on this PC</translation>
        </message>
        <message>
            <location filename="../../desktop/views/options_dialog.py" />
            <source>没有保存</source>
            <translation>Not saved</translation>
        </message>
        <message>
            <source>红黄灯与提醒设置</source>
            <translation type="vanished">Traffic lights and reminders</translation>
        </message>
        <message>
            <location filename="../../desktop/views/options_dialog.py" />
            <source>红黄绿灯与提醒</source>
            <translation>Traffic lights and reminders</translation>
        </message>
    </context>
    <context>
        <name>OverviewTab</name>
        <message>
            <location filename="../../desktop/views/overview_tab.py" />
            <source>PDF 文件 (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview_tab.py" />
            <source>任务</source>
            <translation>Tasks</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview_tab.py" />
            <source>准备情况</source>
            <translation>Preparation</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview_tab.py" />
            <source>单击打开“指标”页</source>
            <translation>Click to open the Quotas tab</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview_tab.py" />
            <source>双击打开“任务”页</source>
            <translation>Double-click to open the Tasks tab</translation>
        </message>
        <message>
            <source>双击打开“指标”页</source>
            <translation type="vanished">Double-click to open the Quotas tab</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview_tab.py" />
            <source>双击打开“指标”页的数值目标</source>
            <translation>Double-click to open the numeric targets</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview_tab.py" />
            <source>双击打开这项督查</source>
            <translation>Double-click to open this inspection</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview_tab.py" />
            <source>各科室（最需关注的在前）</source>
            <translation>Sections (most in need first)</translation>
        </message>
        <message>
            <source>完成情况</source>
            <translation type="vanished">Completion</translation>
        </message>
        <message>
            <source>宣传指标</source>
            <translation type="vanished">Quota</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview_tab.py" />
            <source>宣传指标欠缺</source>
            <translation>Quotas short</translation>
        </message>
        <message>
            <source>宣传推广指标</source>
            <translation type="vanished">Publicity quotas</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview_tab.py" />
            <source>宣传推广指标：应报与已报</source>
            <translation>Publicity quotas: required and delivered</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview_tab.py" />
            <source>宣传欠缺</source>
            <translation>Quotas short</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview_tab.py" />
            <source>已保存 {0}</source>
            <translation>Saved {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview_tab.py" />
            <source>已报</source>
            <translation>Delivered</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview_tab.py" />
            <source>已报送</source>
            <translation>Reported</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview_tab.py" />
            <source>应报</source>
            <translation>Required</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview_tab.py" />
            <source>总览.pdf</source>
            <translation>overview.pdf</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview_tab.py" />
            <source>总览：截至{0}（与{1}定期通报同一口径）</source>
            <translation>Overview as of {0} (counted as the {1} briefing)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview_tab.py" />
            <source>打印总览</source>
            <translation>Print overview</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview_tab.py" />
            <source>打印总览（A4 一页）…</source>
            <translation>Print overview (one A4 page)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview_tab.py" />
            <source>措施完成</source>
            <translation>Measures done</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview_tab.py" />
            <source>改革攻坚落实事项</source>
            <translation>Reform item</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview_tab.py" />
            <source>数值目标</source>
            <translation>Numeric targets</translation>
        </message>
        <message>
            <source>无法写入 {0}：{1}</source>
            <translation type="vanished">Cannot write {0}: {1}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview_tab.py" />
            <source>最近审核通过的进展</source>
            <translation>Last accepted report</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview_tab.py" />
            <source>未打开计划</source>
            <translation>No plan open</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview_tab.py" />
            <source>未报送</source>
            <translation>Not reported</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview_tab.py" />
            <source>本月报送</source>
            <translation>This month</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview_tab.py" />
            <source>本月未报送科室</source>
            <translation>Sections not reported</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview_tab.py" />
            <source>本计划没有科室的宣传指标。</source>
            <translation>This plan has no publicity quotas for sections.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview_tab.py" />
            <source>没有打印</source>
            <translation>Not printed</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview_tab.py" />
            <source>灯</source>
            <translation>Light</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview_tab.py" />
            <source>目标与实际</source>
            <translation>Target and actual</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview_tab.py" />
            <source>督办单（已回复/签发）</source>
            <translation>Notices (answered/issued)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview_tab.py" />
            <source>督查时间</source>
            <translation>When</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview_tab.py" />
            <source>科室</source>
            <translation>Section</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview_tab.py" />
            <source>红灯</source>
            <translation>Red</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview_tab.py" />
            <source>编号</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview_tab.py" />
            <source>近期督查</source>
            <translation>Inspection</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview_tab.py" />
            <source>近期督查与迎检准备</source>
            <translation>Inspections coming up</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview_tab.py" />
            <source>逾期事项</source>
            <translation>Overdue items</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview_tab.py" />
            <source>黄灯</source>
            <translation>Yellow</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview_tab.py" />
            <source>（全市要求：应报 {0}，已报 {1}）</source>
            <translation> (city-wide: {0} required, {1} delivered)</translation>
        </message>
    </context>
    <context>
        <name>People</name>
        <message>
            <location filename="../../desktop/services/departments.py" />
            <source> 等</source>
            <translation> and more</translation>
        </message>
        <message>
            <location filename="../../desktop/services/departments.py" />
            <source>{0} {1} 项：{2}</source>
            <translation>{0} ({1}): {2}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/people.py" />
            <source>{0} 在 {1} 至 {2} 已登记暂离，与新的时段重叠。请修改原来的时段。</source>
            <translation>{0} is already recorded as away from {1} to {2}, which overlaps the new period. Please change that period instead.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/handover.py" />
            <source>{0} 已离任，不能接任。请选择在岗的人员。</source>
            <translation>{0} has left and cannot take over. Please choose someone in post.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/handover.py" />
            <source>{0} 接任</source>
            <translation>taken over by {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/people_dialogs.py" />
            <source>{0} 暂离</source>
            <translation>{0} away</translation>
        </message>
        <message>
            <location filename="../../desktop/services/groups.py" />
            <location filename="../../desktop/views/people_dialogs.py" />
            <source>{0} 离任</source>
            <translation>{0} leaves</translation>
        </message>
        <message>
            <location filename="../../desktop/views/people_dialogs.py" />
            <source>{0} 还负责以下 {1} 项事务。删除前须指定接任人，由其承担这些事务；如果此人只是离任，请改用“离任”，以保留任职历史。</source>
            <translation>{0} is still responsible for the {1} items below. Name a successor to take them over before deleting; if the person has only left, use “Leaves” instead to keep the history.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/handover.py" />
            <source>{0} 还负责以下 {1} 项事务，不能删除。请先指定接任人（可在删除时一并指定），或改为标记离任：</source>
            <translation>{0} is still responsible for the following {1} items and cannot be deleted. Name a successor first (it can be done in the same step), or mark the person as left:</translation>
        </message>
        <message>
            <location filename="../../desktop/services/departments.py" />
            <source>{0}仍被以下内容引用，不能删除。请先把它们改到其他部门：</source>
            <translation>{0} is still referred to by the following and cannot be deleted. Move them to another department first:</translation>
        </message>
        <message>
            <location filename="../../desktop/services/groups.py" />
            <source>{0}没有“{1}”这个职务。</source>
            <translation>A {0} has no “{1}” seat.</translation>
        </message>
        <message>
            <location filename="../../desktop/people/succession.py" />
            <source>{0}（{1}，待补）</source>
            <translation>{0} ({1}, to be filled)</translation>
        </message>
        <message>
            <location filename="../../desktop/people/succession.py" />
            <source>{0}（代 {1}）</source>
            <translation>{0} (acting for {1})</translation>
        </message>
        <message>
            <location filename="../../desktop/services/people.py" />
            <source>{0}（已离任）</source>
            <translation>{0} (left)</translation>
        </message>
        <message>
            <location filename="../../desktop/people/succession.py" />
            <source>{0}（已离任，待补）</source>
            <translation>{0} (left, to be filled)</translation>
        </message>
        <message>
            <location filename="../../desktop/people/succession.py" />
            <source>{0}（暂离，无人代行）</source>
            <translation>{0} (away, nobody acting)</translation>
        </message>
        <message>
            <location filename="../../desktop/services/groups.py" />
            <source>{0}，待补</source>
            <translation>{0}, to be filled</translation>
        </message>
        <message>
            <location filename="../../desktop/services/departments.py" />
            <location filename="../../desktop/services/handover.py" />
            <source>“{0}”刚被另一台电脑上的同事修改过。请刷新后再试。</source>
            <translation>“{0}” was just changed by a colleague on another PC. Please refresh and try again.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/departments.py" />
            <source>“{0}”已是{1}的名称或简称。请换一个名称，以免两个部门无法区分。</source>
            <translation>“{0}” is already a name or short name of {1}. Please choose another, so that the two departments can be told apart.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/groups.py" />
            <source>　（{0}）</source>
            <translation>　({0})</translation>
        </message>
        <message>
            <location filename="../../desktop/services/departments.py" />
            <source>人员</source>
            <translation>People</translation>
        </message>
        <message>
            <location filename="../../desktop/views/people_dialogs.py" />
            <source>人员或科室</source>
            <translation>Person or section</translation>
        </message>
        <message>
            <location filename="../../desktop/services/handover.py" />
            <source>人员离任</source>
            <translation>Person leaves</translation>
        </message>
        <message>
            <location filename="../../desktop/services/people.py" />
            <source>代 {0}：{1}</source>
            <translation>acting for {0}: {1}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/holdings.py" />
            <source>任务</source>
            <translation>Task</translation>
        </message>
        <message>
            <location filename="../../desktop/services/handover.py" />
            <location filename="../../desktop/services/person_history.py" />
            <source>任务 {0} {1}</source>
            <translation>Task {0} {1}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/handover.py" />
            <source>任务 {0} 措施“{1}”</source>
            <translation>Task {0} measure “{1}”</translation>
        </message>
        <message>
            <location filename="../../desktop/services/person_history.py" />
            <source>任务 {0} 措施“{1}” {2}</source>
            <translation>Task {0} measure “{1}” {2}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/departments.py" />
            <source>任务的科室或责任部门</source>
            <translation>Sections or responsible units of tasks</translation>
        </message>
        <message>
            <location filename="../../desktop/views/people_dialogs.py" />
            <source>例如：外出学习、休假</source>
            <translation>e.g. training, leave</translation>
        </message>
        <message>
            <location filename="../../desktop/views/people_dialogs.py" />
            <source>例如：法监科</source>
            <translation>e.g. 法监科</translation>
        </message>
        <message>
            <location filename="../../desktop/views/people_dialogs.py" />
            <source>例如：法规与监督诚信科</source>
            <translation>e.g. 法规与监督诚信科</translation>
        </message>
        <message>
            <location filename="../../desktop/services/people.py" />
            <source>修改人员</source>
            <translation>Edit person</translation>
        </message>
        <message>
            <location filename="../../desktop/services/departments.py" />
            <source>修改联系方式</source>
            <translation>Edit contact</translation>
        </message>
        <message>
            <location filename="../../desktop/services/departments.py" />
            <source>修改部门</source>
            <translation>Edit department</translation>
        </message>
        <message>
            <location filename="../../desktop/services/departments.py" />
            <location filename="../../desktop/views/people_dialogs.py" />
            <source>全称</source>
            <translation>Full name</translation>
        </message>
        <message>
            <location filename="../../desktop/services/holdings.py" />
            <location filename="../../desktop/services/person_history.py" />
            <source>分管领导</source>
            <translation>Supervising leader</translation>
        </message>
        <message>
            <location filename="../../desktop/views/people_dialogs.py" />
            <source>删除</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../desktop/services/handover.py" />
            <location filename="../../desktop/views/people_dialogs.py" />
            <source>删除人员</source>
            <translation>Delete person</translation>
        </message>
        <message>
            <location filename="../../desktop/services/groups.py" />
            <source>删除小组成员</source>
            <translation>Remove group member</translation>
        </message>
        <message>
            <location filename="../../desktop/services/people.py" />
            <source>删除暂离</source>
            <translation>Delete absence</translation>
        </message>
        <message>
            <location filename="../../desktop/services/departments.py" />
            <source>删除联系方式</source>
            <translation>Delete contact</translation>
        </message>
        <message>
            <location filename="../../desktop/services/departments.py" />
            <source>删除部门</source>
            <translation>Delete department</translation>
        </message>
        <message>
            <location filename="../../desktop/services/holdings.py" />
            <source>协同准备</source>
            <translation>Helps prepare</translation>
        </message>
        <message>
            <location filename="../../desktop/services/departments.py" />
            <location filename="../../desktop/views/people_dialogs.py" />
            <source>单位</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location filename="../../desktop/views/people_dialogs.py" />
            <source>同时指定接任人</source>
            <translation>Name the successor as well</translation>
        </message>
        <message>
            <location filename="../../desktop/views/people_dialogs.py" />
            <source>名单上印在姓名旁的职务（默认为本人职务）</source>
            <translation>Title on the roster (default: their own)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/people_dialogs.py" />
            <source>名单职务</source>
            <translation>Title on the roster</translation>
        </message>
        <message>
            <location filename="../../desktop/services/departments.py" />
            <location filename="../../desktop/views/people_dialogs.py" />
            <source>名称</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../desktop/services/groups.py" />
            <location filename="../../desktop/services/people.py" />
            <source>在岗</source>
            <translation>In post</translation>
        </message>
        <message>
            <location filename="../../desktop/services/people.py" />
            <source>在岗（{0} 离任）</source>
            <translation>In post (leaves {0})</translation>
        </message>
        <message>
            <location filename="../../desktop/services/departments.py" />
            <location filename="../../desktop/services/people.py" />
            <location filename="../../desktop/views/people_dialogs.py" />
            <source>备注</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../desktop/views/copy_menu.py" />
            <source>复制整行</source>
            <translation>Copy the whole row</translation>
        </message>
        <message>
            <location filename="../../desktop/services/departments.py" />
            <source>外部联系方式</source>
            <translation>Outside contacts</translation>
        </message>
        <message>
            <location filename="../../desktop/services/people.py" />
            <location filename="../../desktop/views/people_dialogs.py" />
            <source>姓名</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>实时备检</source>
            <translation type="vanished">Kept ready all the time</translation>
        </message>
        <message>
            <location filename="../../desktop/services/holdings.py" />
            <source>宣传推广</source>
            <translation>Publicity</translation>
        </message>
        <message>
            <location filename="../../desktop/services/departments.py" />
            <source>宣传推广条目</source>
            <translation>Publicity items</translation>
        </message>
        <message>
            <location filename="../../desktop/services/departments.py" />
            <source>宣传推广要求</source>
            <translation>Publicity requirements</translation>
        </message>
        <message>
            <location filename="../../desktop/views/people_dialogs.py" />
            <source>将移交：</source>
            <translation>Will be handed over:</translation>
        </message>
        <message>
            <location filename="../../desktop/services/groups.py" />
            <source>小组成员刚被另一台电脑上的同事修改过。请刷新后重新排序。</source>
            <translation>The group's members were just changed by a colleague on another PC. Please refresh and reorder again.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/departments.py" />
            <location filename="../../desktop/services/holdings.py" />
            <source>小组职务</source>
            <translation>Group seats</translation>
        </message>
        <message>
            <source>已准备</source>
            <translation type="vanished">Prepared</translation>
        </message>
        <message>
            <location filename="../../desktop/people/succession.py" />
            <location filename="../../desktop/services/people.py" />
            <source>已离任</source>
            <translation>Left</translation>
        </message>
        <message>
            <location filename="../../desktop/services/people.py" />
            <source>已离任（{0}）</source>
            <translation>Left ({0})</translation>
        </message>
        <message>
            <location filename="../../desktop/views/people_dialogs.py" />
            <source>开始</source>
            <translation>From</translation>
        </message>
        <message>
            <location filename="../../desktop/services/holdings.py" />
            <location filename="../../desktop/services/people.py" />
            <source>待补</source>
            <translation>to be filled</translation>
        </message>
        <message>
            <location filename="../../desktop/services/handover.py" />
            <source>所选接任人已不存在。请重新选择。</source>
            <translation>The chosen successor no longer exists. Please choose again.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/people.py" />
            <source>所选部门已不存在（可能刚被另一台电脑删除）。请重新选择。</source>
            <translation>The chosen department no longer exists (perhaps just deleted on another PC). Please choose again.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/people_dialogs.py" />
            <source>指定 {0} 的接任人</source>
            <translation>Name a successor to {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/handover.py" />
            <source>指定接任人</source>
            <translation>Name a successor</translation>
        </message>
        <message>
            <location filename="../../desktop/services/person_history.py" />
            <source>接任 {0}</source>
            <translation>took over from {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/people_dialogs.py" />
            <source>接任人</source>
            <translation>Successor</translation>
        </message>
        <message>
            <location filename="../../desktop/services/handover.py" />
            <source>接任人不能是本人。请选择另一位。</source>
            <translation>A person cannot succeed themselves. Please choose someone else.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/people_dialogs.py" />
            <source>接任人自接任日期起承担以下全部职务和事务；{0}的任职记录保留在历史中。</source>
            <translation>From the date of taking over, the successor holds all of the following; {0}'s record stays in the history.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/handover.py" />
            <source>接任人调入{0}</source>
            <translation>successor joins {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/people_dialogs.py" />
            <source>接任日期</source>
            <translation>Takes over on</translation>
        </message>
        <message>
            <location filename="../../desktop/services/departments.py" />
            <location filename="../../desktop/services/holdings.py" />
            <source>措施</source>
            <translation>Measure</translation>
        </message>
        <message>
            <location filename="../../desktop/services/holdings.py" />
            <location filename="../../desktop/services/person_history.py" />
            <source>措施负责人</source>
            <translation>Measure owner</translation>
        </message>
        <message>
            <location filename="../../desktop/services/handover.py" />
            <source>撤销离任</source>
            <translation>Undo leaving</translation>
        </message>
        <message>
            <location filename="../../desktop/services/people.py" />
            <location filename="../../desktop/views/people_dialogs.py" />
            <source>新增人员</source>
            <translation>New person</translation>
        </message>
        <message>
            <location filename="../../desktop/services/groups.py" />
            <source>新增小组成员</source>
            <translation>Add group member</translation>
        </message>
        <message>
            <location filename="../../desktop/services/departments.py" />
            <location filename="../../desktop/views/people_dialogs.py" />
            <source>新增联系方式</source>
            <translation>New contact</translation>
        </message>
        <message>
            <location filename="../../desktop/services/departments.py" />
            <location filename="../../desktop/views/people_dialogs.py" />
            <source>新增部门</source>
            <translation>New department</translation>
        </message>
        <message>
            <location filename="../../desktop/services/departments.py" />
            <source>无</source>
            <translation>none</translation>
        </message>
        <message>
            <location filename="../../desktop/people/succession.py" />
            <location filename="../../desktop/services/people.py" />
            <source>暂离</source>
            <translation>Away</translation>
        </message>
        <message>
            <location filename="../../desktop/views/people_dialogs.py" />
            <source>暂离期间，{0}的各项职务按“顺位代替”由下一顺位的人员代行；期满自动恢复。</source>
            <translation>While {0} is away, the next in order acts in each of their roles (顺位代替); it ends by itself when the period is over.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/people.py" />
            <source>暂离的结束日期 {0} 早于开始日期 {1}。请检查日期。</source>
            <translation>The absence ends on {0}, before it begins on {1}. Please check the dates.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/people.py" />
            <source>暂离（至 {0}）</source>
            <translation>Away (until {0})</translation>
        </message>
        <message>
            <location filename="../../desktop/services/holdings.py" />
            <source>本人事务</source>
            <translation>Own responsibilities</translation>
        </message>
        <message>
            <source>本期（{0} 至 {1}）已报送 {2} 条，要求 {3} 条；{4}</source>
            <translation type="vanished">This period ({0} to {1}): {2} submitted, {3} required; {4}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/people.py" />
            <source>此人已被删除（可能刚被另一台电脑删除）。</source>
            <translation>This person has been deleted (perhaps just now on another PC).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/departments.py" />
            <source>没有名为“{0}”的科室。可用的科室：{1}。</source>
            <translation>There is no section named “{0}”. The sections are: {1}.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/people_dialogs.py" />
            <source>添加小组成员</source>
            <translation>Add group member</translation>
        </message>
        <message>
            <location filename="../../desktop/services/holdings.py" />
            <source>牵头准备</source>
            <translation>Leads the preparation</translation>
        </message>
        <message>
            <location filename="../../desktop/services/holdings.py" />
            <source>牵头科室（{0}）负责人</source>
            <translation>Head of the lead section ({0})</translation>
        </message>
        <message>
            <location filename="../../desktop/views/people_dialogs.py" />
            <source>现在的代行</source>
            <translation>Who would act</translation>
        </message>
        <message>
            <location filename="../../desktop/services/departments.py" />
            <location filename="../../desktop/views/people_dialogs.py" />
            <source>用途</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <location filename="../../desktop/services/people.py" />
            <source>由 {0} 代行</source>
            <translation>{0} acting</translation>
        </message>
        <message>
            <location filename="../../desktop/services/person_history.py" />
            <source>由 {0} 接任</source>
            <translation>succeeded by {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/departments.py" />
            <location filename="../../desktop/services/people.py" />
            <location filename="../../desktop/views/people_dialogs.py" />
            <source>电话</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../desktop/services/people.py" />
            <source>登记暂离</source>
            <translation>Record absence</translation>
        </message>
        <message>
            <location filename="../../desktop/services/departments.py" />
            <location filename="../../desktop/services/holdings.py" />
            <source>督察准备</source>
            <translation>Inspection preparation</translation>
        </message>
        <message>
            <source>督查时间已过</source>
            <translation type="vanished">The inspection is over</translation>
        </message>
        <message>
            <location filename="../../desktop/views/people_dialogs.py" />
            <source>确定删除 {0} 吗？删除后无法恢复。离任的人员请改用“离任”，以保留任职历史。</source>
            <translation>Delete {0}? This cannot be undone. For someone who has left, use “Leaves” instead to keep the history.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/people_dialogs.py" />
            <source>离任后，在指定接任人之前，{0}的各项职务按“顺位代替”由下一顺位的人员代行。</source>
            <translation>After {0} leaves, until a successor is named, the next in order acts in each of their roles (顺位代替).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/people.py" />
            <location filename="../../desktop/views/people_dialogs.py" />
            <source>离任日期</source>
            <translation>Leaves on</translation>
        </message>
        <message>
            <location filename="../../desktop/services/holdings.py" />
            <source>科室所负责的措施</source>
            <translation>Measure of the section</translation>
        </message>
        <message>
            <location filename="../../desktop/services/holdings.py" />
            <location filename="../../desktop/services/person_history.py" />
            <source>科室负责人</source>
            <translation>Section head</translation>
        </message>
        <message>
            <location filename="../../desktop/services/holdings.py" />
            <source>科室负责人职责</source>
            <translation>Section head's responsibilities</translation>
        </message>
        <message>
            <location filename="../../desktop/services/departments.py" />
            <location filename="../../desktop/views/people_dialogs.py" />
            <source>简称</source>
            <translation>Short name</translation>
        </message>
        <message>
            <location filename="../../desktop/services/departments.py" />
            <location filename="../../desktop/views/people_dialogs.py" />
            <source>类别</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../desktop/views/people_dialogs.py" />
            <source>结束（含当日）</source>
            <translation>Until (inclusive)</translation>
        </message>
        <message>
            <location filename="../../desktop/services/holdings.py" />
            <source>统筹协调</source>
            <translation>Coordinates</translation>
        </message>
        <message>
            <location filename="../../desktop/views/people_dialogs.py" />
            <source>编辑人员</source>
            <translation>Edit person</translation>
        </message>
        <message>
            <location filename="../../desktop/views/people_dialogs.py" />
            <source>编辑联系方式</source>
            <translation>Edit contact</translation>
        </message>
        <message>
            <location filename="../../desktop/views/people_dialogs.py" />
            <source>编辑部门</source>
            <translation>Edit department</translation>
        </message>
        <message>
            <location filename="../../desktop/services/groups.py" />
            <location filename="../../desktop/services/people.py" />
            <location filename="../../desktop/views/people_dialogs.py" />
            <source>职务</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../desktop/services/people.py" />
            <location filename="../../desktop/views/people_dialogs.py" />
            <source>说明</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../desktop/services/groups.py" />
            <source>请选择一个科室或单位。</source>
            <translation>Please choose a section or unit.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/groups.py" />
            <source>请选择一位人员。</source>
            <translation>Please choose a person.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/groups.py" />
            <source>调整小组成员顺序</source>
            <translation>Reorder group members</translation>
        </message>
        <message>
            <location filename="../../desktop/services/holdings.py" />
            <location filename="../../desktop/services/person_history.py" />
            <source>责任人</source>
            <translation>Responsible person</translation>
        </message>
        <message>
            <location filename="../../desktop/services/groups.py" />
            <source>这个小组已被删除。</source>
            <translation>This group has been deleted.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/groups.py" />
            <source>这个职务刚被另一台电脑上的同事修改过。请刷新后再试。</source>
            <translation>This seat was just changed by a colleague on another PC. Please refresh and try again.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/departments.py" />
            <source>这个部门已被删除（可能刚被另一台电脑删除）。</source>
            <translation>This department has been deleted (perhaps just now on another PC).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/departments.py" />
            <source>这条联系方式已被删除。</source>
            <translation>This contact has been deleted.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/people.py" />
            <source>这段暂离刚被另一台电脑上的同事修改过。请刷新后再试。</source>
            <translation>This absence was just changed by a colleague on another PC. Please refresh and try again.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/departments.py" />
            <location filename="../../desktop/services/people.py" />
            <location filename="../../desktop/views/people_dialogs.py" />
            <source>邮箱</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../desktop/services/people.py" />
            <location filename="../../desktop/views/people_dialogs.py" />
            <source>部门</source>
            <translation>Department</translation>
        </message>
        <message>
            <location filename="../../desktop/services/holdings.py" />
            <source>领导小组成员</source>
            <translation>Leadership group member</translation>
        </message>
        <message>
            <location filename="../../desktop/services/holdings.py" />
            <source>领导职务</source>
            <translation>Leader's responsibilities</translation>
        </message>
        <message>
            <location filename="../../desktop/views/people_dialogs.py" />
            <source>（无）</source>
            <translation>(none)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/people_dialogs.py" />
            <source>（目前没有负责的事务）</source>
            <translation>(nothing at present)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/people_dialogs.py" />
            <source>（请选择接任人）</source>
            <translation>(choose the successor)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/people_dialogs.py" />
            <source>（请选择）</source>
            <translation>(choose)</translation>
        </message>
    </context>
    <context>
        <name>PeopleTab</name>
        <message>
            <location filename="../../desktop/views/people_tab.py" />
            <source>人员</source>
            <translation>People</translation>
        </message>
        <message>
            <location filename="../../desktop/views/people_tab.py" />
            <source>人员与小组职务</source>
            <translation>People and group roles</translation>
        </message>
        <message>
            <location filename="../../desktop/views/people_tab.py" />
            <source>代行</source>
            <translation>Acting</translation>
        </message>
        <message>
            <location filename="../../desktop/views/people_tab.py" />
            <source>删除…</source>
            <translation>Delete…</translation>
        </message>
        <message>
            <source>单位</source>
            <translation type="vanished">Unit</translation>
        </message>
        <message>
            <source>名称</source>
            <translation type="vanished">Name</translation>
        </message>
        <message>
            <source>在岗</source>
            <translation type="vanished">In post</translation>
        </message>
        <message>
            <location filename="../../desktop/views/people_tab.py" />
            <source>复制电话</source>
            <translation>Copy phone</translation>
        </message>
        <message>
            <location filename="../../desktop/views/people_tab.py" />
            <source>复制邮箱</source>
            <translation>Copy e-mail</translation>
        </message>
        <message>
            <location filename="../../desktop/views/people_tab.py" />
            <source>外部联系方式</source>
            <translation>External contacts</translation>
        </message>
        <message>
            <location filename="../../desktop/views/people_tab.py" />
            <source>姓名</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../desktop/views/people_tab.py" />
            <source>小组</source>
            <translation>Groups</translation>
        </message>
        <message>
            <location filename="../../desktop/views/people_tab.py" />
            <source>小组职务</source>
            <translation>Group role</translation>
        </message>
        <message>
            <source>已离任</source>
            <translation type="vanished">Left</translation>
        </message>
        <message>
            <location filename="../../desktop/views/people_tab.py" />
            <source>指定接任人…</source>
            <translation>Name a successor…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/people_tab.py" />
            <source>撤销离任</source>
            <translation>Undo leaving</translation>
        </message>
        <message>
            <location filename="../../desktop/views/people_tab.py" />
            <source>新增人员…</source>
            <translation>New person…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/people_tab.py" />
            <source>暂离…</source>
            <translation>Away…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/people_tab.py" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>用途</source>
            <translation type="vanished">Purpose</translation>
        </message>
        <message>
            <location filename="../../desktop/views/people_tab.py" />
            <source>电话</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../desktop/views/people_tab.py" />
            <source>离任…</source>
            <translation>Leaves…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/people_tab.py" />
            <source>筛选：姓名、拼音或首字母（如 zln）、职务、科室</source>
            <translation>Filter: name, pinyin (e.g. zln), title, section</translation>
        </message>
        <message>
            <location filename="../../desktop/views/people_tab.py" />
            <source>编辑…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/people_tab.py" />
            <source>职务</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../desktop/views/people_tab.py" />
            <source>邮箱</source>
            <translation>Email</translation>
        </message>
        <message>
            <location filename="../../desktop/views/people_tab.py" />
            <source>部门</source>
            <translation>Department</translation>
        </message>
        <message>
            <location filename="../../desktop/views/people_tab.py" />
            <source>部门与单位</source>
            <translation>Departments and units</translation>
        </message>
    </context>
    <context>
        <name>PersonPageView</name>
        <message>
            <location filename="../../desktop/views/person_page.py" />
            <source>事项</source>
            <translation>Item</translation>
        </message>
        <message>
            <location filename="../../desktop/views/person_page.py" />
            <source>任职历史</source>
            <translation>History</translation>
        </message>
        <message>
            <location filename="../../desktop/views/person_page.py" />
            <source>任职者</source>
            <translation>Holder</translation>
        </message>
        <message>
            <location filename="../../desktop/views/person_page.py" />
            <source>删除所选暂离</source>
            <translation>Delete the selected absence</translation>
        </message>
        <message>
            <location filename="../../desktop/views/person_page.py" />
            <source>双击任务、措施或工作小组，在“任务”页打开该任务</source>
            <translation>Double-click a task, measure or working group to open the task in the Tasks tab</translation>
        </message>
        <message>
            <location filename="../../desktop/views/person_page.py" />
            <source>备注</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../desktop/views/person_page.py" />
            <source>开始</source>
            <translation>From</translation>
        </message>
        <message>
            <location filename="../../desktop/views/person_page.py" />
            <source>暂离</source>
            <translation>Away</translation>
        </message>
        <message>
            <location filename="../../desktop/views/person_page.py" />
            <source>期限</source>
            <translation>Due</translation>
        </message>
        <message>
            <location filename="../../desktop/views/person_page.py" />
            <source>止</source>
            <translation>To</translation>
        </message>
        <message>
            <location filename="../../desktop/views/person_page.py" />
            <source>灯</source>
            <translation>Light</translation>
        </message>
        <message>
            <location filename="../../desktop/views/person_page.py" />
            <source>状态：{0}</source>
            <translation>Status: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/person_page.py" />
            <source>现由</source>
            <translation>Now answered by</translation>
        </message>
        <message>
            <location filename="../../desktop/views/person_page.py" />
            <source>类别</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../desktop/views/person_page.py" />
            <source>结束</source>
            <translation>To</translation>
        </message>
        <message>
            <location filename="../../desktop/views/person_page.py" />
            <source>编号</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/person_page.py" />
            <source>职务或事项</source>
            <translation>Seat or item</translation>
        </message>
        <message>
            <location filename="../../desktop/views/person_page.py" />
            <source>职责</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../desktop/views/person_page.py" />
            <source>至今</source>
            <translation>to date</translation>
        </message>
        <message>
            <location filename="../../desktop/views/person_page.py" />
            <source>说明</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../desktop/views/person_page.py" />
            <source>负责的事务</source>
            <translation>Responsible for</translation>
        </message>
        <message>
            <location filename="../../desktop/views/person_page.py" />
            <source>起</source>
            <translation>From</translation>
        </message>
        <message>
            <location filename="../../desktop/views/person_page.py" />
            <source>顺位代替：</source>
            <translation>Next in order acts: </translation>
        </message>
        <message>
            <location filename="../../desktop/views/person_page.py" />
            <source>（{0} 项）</source>
            <translation>({0} items)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/person_page.py" />
            <source>（未选择人员）</source>
            <translation>(no person selected)</translation>
        </message>
    </context>
    <context>
        <name>PlanFile</name>
        <message>
            <location filename="../../desktop/services/plan_file.py" />
            <source>人员</source>
            <translation>People</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plan_file.py" />
            <source>任务</source>
            <translation>Task</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plan_file.py" />
            <source>无法读取计划文件 {0}：{1}</source>
            <translation>Cannot read the plan file {0}: {1}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plan_file.py" />
            <source>计划文件 {0} 中的时间“{1}”无法识别。</source>
            <translation>The time "{1}" in the plan file {0} was not understood.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plan_file.py" />
            <source>计划文件 {0} 中的期限“{1}”无法识别。</source>
            <translation>The deadline "{1}" in the plan file {0} was not understood.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plan_file.py" />
            <source>计划文件 {0} 引用了未定义的{1}：{2}</source>
            <translation>The plan file {0} refers to an undefined {1}: {2}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plan_file.py" />
            <source>计划文件 {0} 格式有误：{1}</source>
            <translation>The plan file {0} is malformed: {1}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plan_file.py" />
            <source>计划文件 {0} 的格式版本不受支持。</source>
            <translation>The format version of the plan file {0} is not supported.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plan_file.py" />
            <source>部门</source>
            <translation>Department</translation>
        </message>
    </context>
    <context>
        <name>PlanSwitcher</name>
        <message>
            <location filename="../../desktop/views/plan_switcher.py" />
            <source>{0} 年：{1}</source>
            <translation>{0}: {1}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/plan_switcher.py" />
            <source>无法切换计划</source>
            <translation>Cannot switch plans</translation>
        </message>
        <message>
            <location filename="../../desktop/views/plan_switcher.py" />
            <source>本文件中的年度计划；上一年度的计划只能查看</source>
            <translation>The yearly plans in this file; a previous year's plan can only be viewed</translation>
        </message>
        <message>
            <location filename="../../desktop/views/plan_switcher.py" />
            <source>计划：</source>
            <translation>Plan:</translation>
        </message>
        <message>
            <location filename="../../desktop/views/plan_switcher.py" />
            <source>（只读）</source>
            <translation> (read-only)</translation>
        </message>
    </context>
    <context>
        <name>Presence</name>
        <message>
            <location filename="../../desktop/db/presence.py" />
            <source>{0}（{1}，{2} 起）</source>
            <translation>{0} ({1}, since {2})</translation>
        </message>
    </context>
    <context>
        <name>PrintDialog</name>
        <message>
            <location filename="../../desktop/views/print_dialog.py" />
            <source>A3（宽表，如时间轴）</source>
            <translation>A3 (wide tables, e.g. the timeline)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/print_dialog.py" />
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <location filename="../../desktop/views/print_dialog.py" />
            <source>PDF 文件 (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/print_dialog.py" />
            <source>{0}（未安装）</source>
            <translation>{0} (not installed)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/print_dialog.py" />
            <source>“自动”从这台电脑上的中文字体中选用（标题黑体类，正文仿宋、宋体类）。选定的字体缺字时，该处仍自动改用能显示的字体。</source>
            <translation>"Automatic" picks from the Chinese fonts on this PC (a Hei face for titles, a FangSong or Song face for text). Where the chosen font lacks a character, a font that has it is used automatically.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/print_dialog.py" />
            <source>不勾选的一端不限日期。</source>
            <translation>An end left unticked is open.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/print_dialog.py" />
            <source>从</source>
            <translation>From</translation>
        </message>
        <message>
            <location filename="../../desktop/views/print_dialog.py" />
            <source>全部</source>
            <translation>All</translation>
        </message>
        <message>
            <location filename="../../desktop/views/print_dialog.py" />
            <source>关闭</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../desktop/views/print_dialog.py" />
            <source>到</source>
            <translation>To</translation>
        </message>
        <message>
            <location filename="../../desktop/views/print_dialog.py" />
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../desktop/views/print_dialog.py" />
            <source>字体</source>
            <translation>Fonts</translation>
        </message>
        <message>
            <location filename="../../desktop/views/print_dialog.py" />
            <source>导出 PDF</source>
            <translation>Export PDF</translation>
        </message>
        <message>
            <location filename="../../desktop/views/print_dialog.py" />
            <source>导出 PDF…</source>
            <translation>Export PDF…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/print_dialog.py" />
            <source>打印</source>
            <translation>Print</translation>
        </message>
        <message>
            <location filename="../../desktop/views/print_dialog.py" />
            <source>打印…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/print_dialog.py" />
            <source>打印使用：标题 {0}，正文 {1}</source>
            <translation>Printing with: title {0}, text {1}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/print_dialog.py" />
            <source>打印内容</source>
            <translation>What to print</translation>
        </message>
        <message>
            <location filename="../../desktop/views/print_dialog.py" />
            <source>打印预览</source>
            <translation>Print preview</translation>
        </message>
        <message>
            <location filename="../../desktop/views/print_dialog.py" />
            <source>打印预览 — {0}</source>
            <translation>Print preview — {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/print_dialog.py" />
            <source>无法打印</source>
            <translation>Cannot print</translation>
        </message>
        <message>
            <location filename="../../desktop/views/print_dialog.py" />
            <source>时间范围</source>
            <translation>Dates</translation>
        </message>
        <message>
            <location filename="../../desktop/views/print_dialog.py" />
            <source>标题</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../desktop/views/print_dialog.py" />
            <source>横向</source>
            <translation>Landscape</translation>
        </message>
        <message>
            <location filename="../../desktop/views/print_dialog.py" />
            <source>正在准备打印预览…</source>
            <translation>Preparing the print preview…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/print_dialog.py" />
            <source>正在打印…</source>
            <translation>Printing…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/print_dialog.py" />
            <source>正在生成 PDF…</source>
            <translation>Making the PDF…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/print_dialog.py" />
            <source>正文</source>
            <translation>Text</translation>
        </message>
        <message>
            <location filename="../../desktop/views/print_dialog.py" />
            <source>没有生成</source>
            <translation>Nothing made</translation>
        </message>
        <message>
            <location filename="../../desktop/views/print_dialog.py" />
            <source>牵头科室</source>
            <translation>Lead section</translation>
        </message>
        <message>
            <location filename="../../desktop/views/print_dialog.py" />
            <source>第 1 页 共 2 页</source>
            <translation>Page 1 of 2</translation>
        </message>
        <message>
            <location filename="../../desktop/views/print_dialog.py" />
            <source>纵向</source>
            <translation>Portrait</translation>
        </message>
        <message>
            <location filename="../../desktop/views/print_dialog.py" />
            <source>纸张</source>
            <translation>Paper</translation>
        </message>
        <message>
            <location filename="../../desktop/views/print_dialog.py" />
            <source>自动</source>
            <translation>Automatic</translation>
        </message>
        <message>
            <source>请稍候</source>
            <translation type="vanished">Please wait</translation>
        </message>
        <message>
            <location filename="../../desktop/views/print_dialog.py" />
            <source>这台电脑没有安装打印机：可以先打印预览或导出 PDF，再到有打印机的电脑上打印。</source>
            <translation>This PC has no printer installed: use the print preview or export a PDF, then print on a PC with a printer.</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <location filename="../../desktop/printing/pdf.py" />
            <source>PDF 文件名应以 .pdf 结尾：{0}</source>
            <translation>The PDF file name should end in .pdf: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/official_docx.py" />
            <source>Word 文件名应以 .docx 结尾：{0}</source>
            <translation>The Word file name should end in .docx: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/overdue.py" />
            <source>{0} 天后到期</source>
            <translation>Due in {0} days</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/roster.py" />
            <source>{0}名单</source>
            <translation>{0} roster</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/table.py" />
            <source>{0}年{1}月{2}日</source>
            <translation>{0}-{1:02d}-{2:02d}</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/timeline.py" />
            <source>{0}年任务与措施时间轴</source>
            <translation>{0} tasks and measures timeline</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/quotas.py" />
            <location filename="../../desktop/printing/timeline.py" />
            <source>{0}月</source>
            <translation>M{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/quotas.py" />
            <source>{0}没有宣传推广任务，没有生成完成情况表。</source>
            <translation>{0} has no publicity tasks; no completion table was made.</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/quotas.py" />
            <source>{0}没有宣传推广任务，没有生成清单。</source>
            <translation>{0} has no publicity tasks; no list was made.</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/ledger.py" />
            <source>{0}没有牵头的攻坚任务，没有生成台帐。</source>
            <translation>{0} leads no reform tasks; no ledger was made.</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/checklist.py" />
            <source>{0}没有牵头的督察事项，没有生成清单。</source>
            <translation>{0} leads no inspection items; no checklist was made.</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/roster.py" />
            <source>{0}（{1}）</source>
            <translation>{0} ({1})</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/timeline.py" />
            <source>{0}（原定 {1}）</source>
            <translation>{0} (originally {1})</translation>
        </message>
        <message>
            <source>{0}（已离任）</source>
            <translation type="vanished">{0} (left)</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/official_pdf.py" />
            <source>— {0} —</source>
            <translation>— {0} —</translation>
        </message>
        <message>
            <source>“全局合计”为全局全部条目对照全市要求（如每月至少 2 条）。</source>
            <translation type="vanished">"Bureau total" sets all of the bureau's entries against the citywide requirement (e.g. at least 2 a month).</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/quotas.py" />
            <source>“全市要求”一行为全局全部条目对照全市要求（如每月至少 2 条），不是各科室之和。</source>
            <translation>The "City-wide requirement" row counts all of the bureau's items against the city-wide requirement (e.g. at least 2 a month); it is not the sum of the sections.</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/quotas.py" />
            <source>“已报/应报”写在各周期到期的月份（遇休息日按规则提前或顺延）；期内月份只写当月已报条数。</source>
            <translation>"Reported/required" is written in the month each period falls due (moved earlier or later by the rules when that day is a rest day); the other months of a period show only the entries reported in that month.</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/quotas.py" />
            <source>“改革攻坚落实年”活动宣传推广完成情况</source>
            <translation>"Reform Implementation Year" publicity and promotion completion</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/quotas.py" />
            <source>“改革攻坚落实年”活动宣传推广清单</source>
            <translation>"Reform Implementation Year" publicity and promotion list</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/ledger.py" />
            <source>“改革攻坚落实年”活动攻坚台帐</source>
            <translation>"Reform Implementation Year" reform ledger</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/timeline.py" />
            <source>■ 期限之前的月份；▲ 期限所在月份及日期；▼ 本月。截至 {0}，逾期 {1} 项。</source>
            <translation>■ months before the deadline; ▲ the deadline's month and date; ▼ this month. As of {0}, {1} overdue.</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/timeline.py" />
            <source>△ 经批准延期的原定期限，→ 延期的月份。</source>
            <translation>△ original deadline of an approved extension; → months it was extended by.</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/ledger.py" />
            <source>【延期】{0}</source>
            <translation>[Extended] {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/checklist.py" />
            <source>不限</source>
            <translation>Any</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/overdue.py" />
            <location filename="../../desktop/printing/quotas.py" />
            <location filename="../../desktop/printing/timeline.py" />
            <source>事项</source>
            <translation>Item</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/overdue.py" />
            <source>今天到期</source>
            <translation>Due today</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/instructions.py" />
            <source>任务</source>
            <translation>Task</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/roster.py" />
            <source>任务 {0}</source>
            <translation>Task {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/printouts.py" />
            <source>任务与措施时间轴</source>
            <translation>Tasks and measures timeline</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/overdue.py" />
            <source>任务编号</source>
            <translation>Task no.</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/checklist.py" />
            <source>准备情况</source>
            <translation>Preparation</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/instructions.py" />
            <source>办结时限</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/quotas.py" />
            <source>合计</source>
            <translation>Total</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/quotas.py" />
            <source>周期</source>
            <translation>Cycle</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/roster.py" />
            <source>备注</source>
            <translation>Remarks</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/roster.py" />
            <source>姓名（科室）</source>
            <translation>Name (section)</translation>
        </message>
        <message>
            <location filename="../../desktop/services/printouts.py" />
            <source>宣传推广完成情况</source>
            <translation>Publicity completion</translation>
        </message>
        <message>
            <location filename="../../desktop/services/printouts.py" />
            <source>宣传推广清单</source>
            <translation>Publicity list</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/roster.py" />
            <source>小组</source>
            <translation>Group</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/instructions.py" />
            <source>已办结</source>
            <translation>Completed</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/quotas.py" />
            <source>已报送</source>
            <translation>Reported</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/quotas.py" />
            <source>已报送：{0}年内登记的条数；全市一行计该事项的全部条目。</source>
            <translation>Reported: entries registered within {0}; the citywide row counts all entries of the item.</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/roster.py" />
            <source>已离任</source>
            <translation>Left</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/overdue.py" />
            <source>已逾期 {0} 天</source>
            <translation>{0} days overdue</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/checklist.py" />
            <source>市科技局工作计划</source>
            <translation>Municipal S&amp;T Bureau work plan</translation>
        </message>
        <message>
            <location filename="../../desktop/excel/form_layout.py" />
            <location filename="../../desktop/printing/checklist.py" />
            <source>序号</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/printouts.py" />
            <source>开始日期 {0} 晚于结束日期 {1}。请对调后再试。</source>
            <translation>The start date {0} is after the end date {1}. Please swap them and try again.</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/roster.py" />
            <source>待补（暂无顺位人选）</source>
            <translation>To be filled (no successor yet)</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/overdue.py" />
            <source>截至 {0}，{1}没有逾期或临期的事项（临期指 {2} 个工作日内到期），没有生成清单。</source>
            <translation>As of {0}, {1} has nothing overdue or due soon (due soon: within {2} working days); no list was made.</translation>
        </message>
        <message>
            <source>截至 {0}，{1}没有逾期或临期的事项（临期指 {2} 天内到期），没有生成清单。</source>
            <translation type="vanished">As of {0}, {1} has nothing overdue or due soon (due soon: within {2} days); no list was made.</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/instructions.py" />
            <source>截至 {0}：共 {1} 件，已办结 {2} 件，逾期（红灯）{3} 件。</source>
            <translation>As of {0}: {1} in all, {2} completed, {3} overdue (red).</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/overdue.py" />
            <source>截至 {0}：已逾期 {1} 项，{2} 个工作日内到期 {3} 项（任务、措施和时间节点）。</source>
            <translation>As of {0}: {1} overdue, {3} due within {2} working days (tasks, measures and milestones).</translation>
        </message>
        <message>
            <source>截至 {0}：已逾期 {1} 项，{2} 天内到期 {3} 项。</source>
            <translation type="vanished">As of {0}: {1} overdue, {3} due within {2} days.</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/overdue.py" />
            <location filename="../../desktop/printing/table.py" />
            <source>打印日期：{0}</source>
            <translation>Printed on: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/instructions.py" />
            <location filename="../../desktop/services/printouts.py" />
            <source>批示件办理情况</source>
            <translation>Instructions and their handling</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/instructions.py" />
            <source>批示内容</source>
            <translation>Instruction</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/instructions.py" />
            <source>批示领导</source>
            <translation>Instructing leader</translation>
        </message>
        <message>
            <location filename="../../desktop/excel/form_layout.py" />
            <source>改革攻坚落实事项</source>
            <translation>Reform item</translation>
        </message>
        <message>
            <location filename="../../desktop/services/printouts.py" />
            <source>攻坚台帐</source>
            <translation>Reform ledger</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/pdf.py" />
            <location filename="../../desktop/services/notice_documents.py" />
            <source>文件 {0} 已存在。督办台不会覆盖已有文件；请换一个文件名，或先移走旧文件。</source>
            <translation>The file {0} already exists. Duban does not overwrite existing files; choose another name or move the old file away first.</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/pdf.py" />
            <location filename="../../desktop/services/notice_documents.py" />
            <source>文件夹 {0} 不存在。请先创建它或换一个位置。</source>
            <translation>The folder {0} does not exist. Create it first or choose another location.</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/instructions.py" />
            <source>文号</source>
            <translation>Doc. no.</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/quotas.py" />
            <source>方式：{0}</source>
            <translation>By: {0}</translation>
        </message>
        <message>
            <source>无</source>
            <translation type="vanished">None</translation>
        </message>
        <message>
            <source>无法写入 {0}：{1}。请检查磁盘空间和网络连接后再试。</source>
            <translation type="vanished">Cannot write {0}: {1}. Please check the disk space and the network connection and try again.</translation>
        </message>
        <message>
            <source>无法写入 {0}：没有写入权限，或文件正被其他程序（如 PDF 阅读器）打开。请关闭它或换一个位置。</source>
            <translation type="vanished">Cannot write {0}: no write permission, or the file is open in another program (e.g. a PDF reader). Close it or choose another location.</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/official_pdf.py" />
            <location filename="../../desktop/printing/pdf.py" />
            <source>无法开始打印：打印机没有响应或已被移除。请检查打印机后再试，或先导出 PDF。</source>
            <translation>Cannot start printing: the printer is not responding or has been removed. Check the printer and try again, or export a PDF first.</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/instructions.py" />
            <source>日期</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/ledger.py" />
            <source>日期不详</source>
            <translation>Date unknown</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/checklist.py" />
            <source>时间</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/roster.py" />
            <source>暂离</source>
            <translation>Away</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/instructions.py" />
            <source>最新办理情况</source>
            <translation>Latest progress</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/overdue.py" />
            <location filename="../../desktop/printing/timeline.py" />
            <source>期限</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/quotas.py" />
            <source>未到期</source>
            <translation>not yet due</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/instructions.py" />
            <source>来源</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/timeline.py" />
            <source>核对人：________</source>
            <translation>Checked by: ________</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/quotas.py" />
            <source>核对人：____________　　日期：____________</source>
            <translation>Checked by: ____________　　Date: ____________</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/checklist.py" />
            <source>核对人：________　核对日期：________</source>
            <translation>Checked by: ________　Date: ________</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/quotas.py" />
            <source>欠{0}</source>
            <translation>short {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/quotas.py" />
            <source>欠缺</source>
            <translation>Short</translation>
        </message>
        <message>
            <source>没有名为“{0}”的科室。可用的科室：{1}。</source>
            <translation type="vanished">There is no section named "{0}". Available sections: {1}.</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/quotas.py" />
            <source>没有宣传推广任务。</source>
            <translation>No publicity tasks.</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/roster.py" />
            <source>没有小组成员。</source>
            <translation>No group members.</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/timeline.py" />
            <source>没有带期限的事项。</source>
            <translation>No items with deadlines.</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/instructions.py" />
            <source>没有批示件。</source>
            <translation>No instructions.</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/ledger.py" />
            <source>没有攻坚任务。</source>
            <translation>No reform tasks.</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/checklist.py" />
            <source>没有符合条件的督察事项。</source>
            <translation>No inspection items match.</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/checklist.py" />
            <source>没有符合条件的督察事项（{0}），没有生成清单。</source>
            <translation>No inspection items match ({0}); no checklist was made.</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/overdue.py" />
            <source>没有逾期或临期的事项。</source>
            <translation>Nothing overdue or due soon.</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/checklist.py" />
            <source>清单为空</source>
            <translation>The checklist is empty</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/instructions.py" />
            <source>牵头科室</source>
            <translation>Lead section</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/checklist.py" />
            <source>牵头科室：{0}</source>
            <translation>Lead section: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/instructions.py" />
            <location filename="../../desktop/printing/overdue.py" />
            <location filename="../../desktop/printing/timeline.py" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/roster.py" />
            <source>由 {0} 代行</source>
            <translation>{0} acting</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/instructions.py" />
            <source>督办人：________　核对日期：________</source>
            <translation>Supervised by: ________　Checked on: ________</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/overdue.py" />
            <source>督办人：________　督办日期：________</source>
            <translation>Supervised by: ________　Date: ________</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/checklist.py" />
            <location filename="../../desktop/services/printouts.py" />
            <source>督察清单</source>
            <translation>Inspection checklist</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/checklist.py" />
            <source>督查主体</source>
            <translation>Inspecting body</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/checklist.py" />
            <source>督查事项</source>
            <translation>Inspection item</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/checklist.py" />
            <source>督查内容</source>
            <translation>Inspection content</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/checklist.py" />
            <source>督查对象</source>
            <translation>Inspected party</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/checklist.py" />
            <source>督查时间：{0} 至 {1}</source>
            <translation>Inspection period: {0} to {1}</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/overdue.py" />
            <location filename="../../desktop/printing/quotas.py" />
            <source>科室</source>
            <translation>Section</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/overdue.py" />
            <location filename="../../desktop/printing/table.py" />
            <source>第 {0} 页 共 {1} 页</source>
            <translation>Page {0} of {1}</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/checklist.py" />
            <source>筛选：{0}</source>
            <translation>Filter: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/instructions.py" />
            <source>筛选：来源：{0}</source>
            <translation>Filter: source: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/ledger.py" />
            <source>筛选：牵头科室：{0}</source>
            <translation>Filter: lead section: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/overdue.py" />
            <location filename="../../desktop/printing/quotas.py" />
            <source>筛选：科室：{0}</source>
            <translation>Filter: section: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/quotas.py" />
            <source>筛选：责任科室：{0}</source>
            <translation>Filter: responsible section: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/quotas.py" />
            <source>统计截至：{0}</source>
            <translation>Counted up to: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/roster.py" />
            <source>职务</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/roster.py" />
            <source>职务（单位）</source>
            <translation>Title (unit)</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/roster.py" />
            <source>若领导及相关科室负责人有人员调整，则顺位代替。</source>
            <translation>When a leader or section head changes, the successor takes the place.</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/quotas.py" />
            <source>要求（原文）</source>
            <translation>Requirement (as written)</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/timeline.py" />
            <source>计划中没有带期限的任务、措施或时间节点，没有生成时间轴。</source>
            <translation>The plan has no tasks, measures or milestones with deadlines; no timeline was made.</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/instructions.py" />
            <source>计划中没有领导批示、会议纪要或上级交办的任务，没有生成批示件办理情况表。</source>
            <translation>The plan has no task from a leader's instruction, meeting minutes or an assignment from above; no list was made.</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/quotas.py" />
            <source>计划中还没有宣传推广任务，没有生成完成情况表。</source>
            <translation>The plan has no publicity tasks yet; no completion table was made.</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/quotas.py" />
            <source>计划中还没有宣传推广任务，没有生成清单。</source>
            <translation>The plan has no publicity tasks yet; no list was made.</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/ledger.py" />
            <source>计划中还没有攻坚任务，没有生成台帐。</source>
            <translation>The plan has no reform tasks yet; no ledger was made.</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/roster.py" />
            <source>计划中还没有领导小组或工作小组的名单，没有生成名单。</source>
            <translation>The plan has no leading group or working group roster yet; no roster was made.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/printouts.py" />
            <source>计划已不存在（可能刚被另一台电脑删除）。</source>
            <translation>The plan no longer exists (another PC may have just deleted it).</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/quotas.py" />
            <source>说明</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/quotas.py" />
            <source>责任</source>
            <translation>Responsibility</translation>
        </message>
        <message>
            <location filename="../../desktop/excel/form_layout.py" />
            <source>责任人</source>
            <translation>Person responsible</translation>
        </message>
        <message>
            <location filename="../../desktop/excel/form_layout.py" />
            <source>责任部门</source>
            <translation>Responsible department</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/fonts.py" />
            <source>这台电脑上没有能显示全部文字的字体（无法显示：{0}），打印出来会是空白方框。请安装中文字体（Windows：宋体、仿宋、黑体；Linux：Noto Serif CJK SC 或文泉驿微米黑）后再试。</source>
            <translation>This PC has no font that can show all of the text (cannot show: {0}); it would print as empty boxes. Please install a Chinese font (Windows: SimSun, FangSong, SimHei; Linux: Noto Serif CJK SC or WenQuanYi Micro Hei) and try again.</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/ledger.py" />
            <source>进展情况为最近一次审核通过的报送。填报人：________　审核人：________</source>
            <translation>Progress is the latest approved report. Filled in by: ________　Reviewed by: ________</translation>
        </message>
        <message>
            <location filename="../../desktop/excel/form_layout.py" />
            <source>进展情况（主要措施及成效）</source>
            <translation>Progress (main measures and results)</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/timeline.py" />
            <source>逾期</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/overdue.py" />
            <source>逾期/临期事项清单</source>
            <translation>Overdue and due-soon items</translation>
        </message>
        <message>
            <location filename="../../desktop/services/printouts.py" />
            <source>逾期/临期清单</source>
            <translation>Overdue/due-soon list</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/roster.py" />
            <source>附件1</source>
            <translation>Annex 1</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/ledger.py" />
            <source>附件2</source>
            <translation>Annex 2</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/checklist.py" />
            <source>附件3</source>
            <translation>Annex 3</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/quotas.py" />
            <source>附件4</source>
            <translation>Annex 4</translation>
        </message>
        <message>
            <location filename="../../desktop/excel/form_layout.py" />
            <source>需要攻坚突破的难点堵点及预期成果</source>
            <translation>Difficulties to break through and expected results</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/roster.py" />
            <location filename="../../desktop/services/printouts.py" />
            <source>领导小组名单</source>
            <translation>Leading group roster</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/ledger.py" />
            <source>（{0}，{1}）</source>
            <translation>({0}, {1})</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/quotas.py" />
            <source>（含结转{0}）</source>
            <translation> (incl. {0} carried over)</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/instructions.py" />
            <location filename="../../desktop/printing/ledger.py" />
            <source>（尚无审核通过的进展）</source>
            <translation>(no approved progress yet)</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/table.py" />
            <source>（续）</source>
            <translation>(cont.)</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/timeline.py" />
            <source>（见各措施）</source>
            <translation>(see the measures)</translation>
        </message>
        <message>
            <location filename="../../desktop/printing/instructions.py" />
            <source>：</source>
            <translation>: </translation>
        </message>
    </context>
    <context>
        <name>QuickEntry</name>
        <message>
            <location filename="../../desktop/views/quotas/entry.py" />
            <source>已采用</source>
            <translation>Adopted</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/entry.py" />
            <source>标题（回车保存）</source>
            <translation>Title (Enter saves)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/entry.py" />
            <source>渠道/媒体</source>
            <translation>Channel/outlet</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/entry.py" />
            <source>登记</source>
            <translation>Record</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/entry.py" />
            <source>登记：</source>
            <translation>Record:</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/entry.py" />
            <source>链接或文件</source>
            <translation>Link or file</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/entry.py" />
            <source>（不属科室）</source>
            <translation>(no section)</translation>
        </message>
    </context>
    <context>
        <name>Quotas</name>
        <message>
            <location filename="../../desktop/excel/quota_matrix.py" />
            <source>{0}月</source>
            <translation>M{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/quotas/data.py" />
            <source>{0}月{1}{2}项</source>
            <translation>{1}{2} in month {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/quotas/rules.py" />
            <source>{0}：归集日应为 1 到 31 日。</source>
            <translation>{0}: the collection day should be from 1 to 31.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/quotas/rules.py" />
            <source>{0}：指定月份“{1}”无法识别。请填写 1 到 12 的月份，用逗号分开，例如 5,6。</source>
            <translation>{0}: the given months "{1}" were not understood. Please enter months from 1 to 12 separated by commas, e.g. 5,6.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/quotas/rules.py" />
            <source>{0}：数量应为 1 到 1000 之间的整数。</source>
            <translation>{0}: the quantity should be a whole number from 1 to 1000.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/quotas/rules.py" />
            <source>{0}：请填写周期（每 1 到 12 个月）或指定月份。</source>
            <translation>{0}: please enter a cycle (every 1 to 12 months) or given months.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/quotas/rules.py" />
            <source>{0}：起算月份应为 1 到 12 月。</source>
            <translation>{0}: the starting month should be from 1 to 12.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/quotas/data.py" />
            <source>“全市要求”一行：全局的全部条目（各科室的和不属科室的）对照全市层面的要求（如改革信息每月至少 2 条）计数，不是上面各科室之和。</source>
            <translation>The "City-wide requirement" row: all of the bureau's items (the sections' and those of no section) counted against the city-wide requirement (e.g. at least 2 reform briefs a month); it is not the sum of the sections above.</translation>
        </message>
        <message>
            <location filename="../../desktop/excel/quota_matrix.py" />
            <source>“已报/应报”写在各周期到期的月份；期内月份只写当月已报条数。</source>
            <translation>"Reported/required" is written in the month each period falls due; the other months of a period show only the entries reported in that month.</translation>
        </message>
        <message>
            <location filename="../../desktop/excel/quota_matrix.py" />
            <source>不计</source>
            <translation>Not counted</translation>
        </message>
        <message>
            <location filename="../../desktop/services/quota_import.py" />
            <source>与表中第 {0} 行重复，跳过</source>
            <translation>Same as row {0} of the sheet; skipped</translation>
        </message>
        <message>
            <location filename="../../desktop/services/quotas/items.py" />
            <location filename="../../desktop/services/quotas/rules.py" />
            <source>事项</source>
            <translation>Item</translation>
        </message>
        <message>
            <location filename="../../desktop/services/quota_import.py" />
            <source>事项“{0}”不在规则中（应为：{1}）</source>
            <translation>The item "{0}" is not in the rules (it should be one of: {1})</translation>
        </message>
        <message>
            <location filename="../../desktop/excel/quota_matrix.py" />
            <source>事项：{0}　　统计截至：{1}</source>
            <translation>Item: {0}　　Counted up to: {1}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/quotas/rules.py" />
            <source>修改宣传推广规则</source>
            <translation>Change publicity rule</translation>
        </message>
        <message>
            <location filename="../../desktop/services/quotas/items.py" />
            <source>修改宣传条目</source>
            <translation>Change publicity entry</translation>
        </message>
        <message>
            <source>全局合计</source>
            <translation type="vanished">Bureau total</translation>
        </message>
        <message>
            <location filename="../../desktop/services/quotas/data.py" />
            <source>全市要求</source>
            <translation>City-wide requirement</translation>
        </message>
        <message>
            <location filename="../../desktop/services/quotas/rules.py" />
            <source>内容</source>
            <translation>Content</translation>
        </message>
        <message>
            <location filename="../../desktop/services/quotas/rules.py" />
            <source>删除宣传推广规则</source>
            <translation>Delete publicity rule</translation>
        </message>
        <message>
            <location filename="../../desktop/services/quotas/items.py" />
            <source>删除宣传条目</source>
            <translation>Delete publicity entry</translation>
        </message>
        <message>
            <location filename="../../desktop/services/quota_import.py" />
            <source>可导入</source>
            <translation>Can be imported</translation>
        </message>
        <message>
            <location filename="../../desktop/excel/quota_matrix.py" />
            <source>合计（已报/应报）</source>
            <translation>Total (reported/required)</translation>
        </message>
        <message>
            <location filename="../../desktop/excel/quota_matrix.py" />
            <source>图例：</source>
            <translation>Legend:</translation>
        </message>
        <message>
            <location filename="../../desktop/services/quotas/items.py" />
            <source>备注</source>
            <translation>Remarks</translation>
        </message>
        <message>
            <location filename="../../desktop/excel/quota_matrix.py" />
            <source>完成情况</source>
            <translation>Completion</translation>
        </message>
        <message>
            <location filename="../../desktop/services/quotas/rules.py" />
            <source>宣传推广内容</source>
            <translation>Publicity content</translation>
        </message>
        <message>
            <location filename="../../desktop/services/quota_import.py" />
            <source>导入宣传条目：{0}</source>
            <translation>Import publicity entries: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/quota_import.py" />
            <source>工作表“{0}”中找不到表头（事项、科室、标题、日期……），这不是宣传条目表格。</source>
            <translation>The sheet "{0}" has no header (事项, 科室, 标题, 日期, …); it is not a sheet of publicity entries.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/quota_import.py" />
            <source>工作表“{0}”的表头缺少“{1}”列。请补上后再导入。</source>
            <translation>The header of the sheet "{0}" lacks the column "{1}". Please add it and import again.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/quota_import.py" />
            <source>工作表“{0}”表头下面没有条目。</source>
            <translation>The sheet "{0}" has no entries under its header.</translation>
        </message>
        <message>
            <location filename="../../desktop/excel/quota_matrix.py" />
            <source>已完成</source>
            <translation>Completed</translation>
        </message>
        <message>
            <location filename="../../desktop/services/quota_import.py" />
            <source>已登记过同一条目，跳过</source>
            <translation>The same entry is already recorded; skipped</translation>
        </message>
        <message>
            <location filename="../../desktop/services/quotas/items.py" />
            <source>已采用/刊发</source>
            <translation>Adopted/published</translation>
        </message>
        <message>
            <location filename="../../desktop/services/quotas/rules.py" />
            <source>市科技局工作计划</source>
            <translation>Municipal S&amp;T Bureau work plan</translation>
        </message>
        <message>
            <location filename="../../desktop/services/quotas/rules.py" />
            <source>归集/统筹科室</source>
            <translation>Collecting/coordinating section</translation>
        </message>
        <message>
            <location filename="../../desktop/services/quotas/items.py" />
            <source>所选的事项已不存在（可能已在另一台电脑上删除）。请重新选择事项。</source>
            <translation>The chosen item no longer exists (it may have been deleted on another PC). Please choose the item again.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/quotas/items.py" />
            <source>所选的科室已不存在。请重新选择科室。</source>
            <translation>The chosen section no longer exists. Please choose the section again.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/quotas/data.py" />
            <source>找不到这个计划，可能已在另一台电脑上删除。请重新打开数据库。</source>
            <translation>This plan cannot be found; it may have been deleted on another PC. Please open the database again.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/quotas/rules.py" />
            <source>新增宣传推广规则</source>
            <translation>Add publicity rule</translation>
        </message>
        <message>
            <location filename="../../desktop/services/quotas/rules.py" />
            <source>方式</source>
            <translation>Method</translation>
        </message>
        <message>
            <source>无法写入 {0}：{1}</source>
            <translation type="vanished">Cannot write {0}: {1}</translation>
        </message>
        <message>
            <source>无法写入 {0}：文件可能正在 Excel 或 WPS 中打开。请关闭后再导出。</source>
            <translation type="vanished">Cannot write {0}: the file may be open in Excel or WPS. Please close it and export again.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/quotas/items.py" />
            <source>日期</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../desktop/services/quota_import.py" />
            <source>日期 {0} 不在计划年度 {1} 年前后</source>
            <translation>The date {0} is not close to the plan year {1}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/quotas/items.py" />
            <source>日期 {0} 不在计划年度 {1} 年前后，请检查年份。</source>
            <translation>The date {0} is not close to the plan year {1}; please check the year.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/quota_import.py" />
            <source>日期“{0}”无法识别（请写成 2022-06-15）</source>
            <translation>The date "{0}" was not understood (write it as 2022-06-15)</translation>
        </message>
        <message>
            <location filename="../../desktop/services/quota_import.py" />
            <source>有错误</source>
            <translation>Error</translation>
        </message>
        <message>
            <location filename="../../desktop/excel/quota_matrix.py" />
            <source>期内</source>
            <translation>In period</translation>
        </message>
        <message>
            <location filename="../../desktop/excel/quota_matrix.py" />
            <source>未到期</source>
            <translation>Not yet due</translation>
        </message>
        <message>
            <location filename="../../desktop/services/quotas/items.py" />
            <source>标题</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../desktop/excel/quota_matrix.py" />
            <source>欠缺</source>
            <translation>Short</translation>
        </message>
        <message>
            <location filename="../../desktop/services/quotas/data.py" />
            <source>每{0}个月{1}{2}项</source>
            <translation>{1}{2} every {0} months</translation>
        </message>
        <message>
            <location filename="../../desktop/services/quotas/data.py" />
            <source>每年{0}{1}项</source>
            <translation>{0}{1} a year</translation>
        </message>
        <message>
            <location filename="../../desktop/services/quotas/data.py" />
            <source>每月{0}{1}项</source>
            <translation>{0}{1} a month</translation>
        </message>
        <message>
            <location filename="../../desktop/services/quota_import.py" />
            <location filename="../../desktop/services/quotas/items.py" />
            <source>没有可导入的条目（都已登记过或有错误）。</source>
            <translation>There are no entries to import (all are already recorded or have errors).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/quota_import.py" />
            <source>没有名为“{0}”的科室</source>
            <translation>There is no section named "{0}"</translation>
        </message>
        <message>
            <location filename="../../desktop/services/quotas/items.py" />
            <source>渠道/媒体</source>
            <translation>Channel/outlet</translation>
        </message>
        <message>
            <location filename="../../desktop/services/quotas/items.py" />
            <source>登记宣传条目</source>
            <translation>Record publicity entry</translation>
        </message>
        <message>
            <location filename="../../desktop/excel/quota_matrix.py" />
            <location filename="../../desktop/services/quotas/items.py" />
            <source>科室</source>
            <translation>Section</translation>
        </message>
        <message>
            <location filename="../../desktop/services/quotas/rules.py" />
            <source>第 {0} 条要求</source>
            <translation>Requirement {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/quota_import.py" />
            <source>缺少事项</source>
            <translation>Item missing</translation>
        </message>
        <message>
            <location filename="../../desktop/services/quota_import.py" />
            <source>缺少日期</source>
            <translation>Date missing</translation>
        </message>
        <message>
            <location filename="../../desktop/services/quota_import.py" />
            <source>缺少标题</source>
            <translation>Title missing</translation>
        </message>
        <message>
            <location filename="../../desktop/services/quotas/data.py" />
            <source>至少</source>
            <translation>at least </translation>
        </message>
        <message>
            <location filename="../../desktop/services/quotas/rules.py" />
            <source>至少需要一条数量要求（例如 每月 1 条）。请添加后再保存。</source>
            <translation>At least one quantity requirement is needed (e.g. 1 a month). Please add one and save again.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/quotas/rules.py" />
            <source>要求（原文）</source>
            <translation>Requirement (as written)</translation>
        </message>
        <message>
            <location filename="../../desktop/services/quotas/rules.py" />
            <source>规则“{0}”下已登记了 {1} 条宣传条目，不能删除。请先删除或改登这些条目。</source>
            <translation>{1} publicity entries are recorded under the rule "{0}", so it cannot be deleted. Please first delete those entries or record them under another rule.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/quotas/rules.py" />
            <source>规则“{0}”刚被另一台电脑上的同事修改过，您的修改没有保存。请重新打开后再修改。</source>
            <translation>A colleague on another PC has just changed the rule "{0}", so your changes were not saved. Please open it again and make your changes again.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/quotas/rules.py" />
            <source>规则“{0}”刚被另一台电脑上的同事修改过，没有删除。</source>
            <translation>A colleague on another PC has just changed the rule "{0}"; it was not deleted.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/quotas/items.py" />
            <source>请填写日期。</source>
            <translation>Please enter the date.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/quotas/rules.py" />
            <source>责任单位</source>
            <translation>Responsible units</translation>
        </message>
        <message>
            <location filename="../../desktop/services/quotas/items.py" />
            <source>这条宣传条目“{0}”刚被另一台电脑上的同事修改过，您的修改没有保存。请查看最新内容后再修改。</source>
            <translation>A colleague on another PC has just changed the publicity entry "{0}", so your changes were not saved. Please look at the latest version and make your changes again.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/quotas/items.py" />
            <source>这条宣传条目已在另一台电脑上被删除。列表已刷新。</source>
            <translation>This publicity entry has been deleted on another PC. The list has been refreshed.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/quotas/rules.py" />
            <source>这条规则已在另一台电脑上被删除。列表已刷新。</source>
            <translation>This rule has been deleted on another PC. The list has been refreshed.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/quota_import.py" />
            <source>重复，跳过</source>
            <translation>Duplicate, skipped</translation>
        </message>
        <message>
            <location filename="../../desktop/services/quotas/items.py" />
            <source>链接或文件</source>
            <translation>Link or file</translation>
        </message>
        <message>
            <location filename="../../desktop/excel/quota_matrix.py" />
            <source>（含结转{0}）</source>
            <translation> (incl. {0} carried over)</translation>
        </message>
    </context>
    <context>
        <name>QuotasTab</name>
        <message>
            <source>&lt;span style='background:#c8e6c9'&gt;&amp;nbsp;已完成&amp;nbsp;&lt;/span&gt; &lt;span style='background:#ffcdd2'&gt;&amp;nbsp;欠缺&amp;nbsp;&lt;/span&gt; &lt;span style='background:#fff3c4'&gt;&amp;nbsp;未到期&amp;nbsp;&lt;/span&gt; &lt;span style='background:#eef3f8'&gt;&amp;nbsp;期内&amp;nbsp;&lt;/span&gt;　“已报/应报”写在周期到期的月份；（转N）为上期欠缺结转的条数。</source>
            <translation type="vanished">&lt;span style='background:#c8e6c9'&gt;&amp;nbsp;Completed&amp;nbsp;&lt;/span&gt; &lt;span style='background:#ffcdd2'&gt;&amp;nbsp;Short&amp;nbsp;&lt;/span&gt; &lt;span style='background:#fff3c4'&gt;&amp;nbsp;Not yet due&amp;nbsp;&lt;/span&gt; &lt;span style='background:#eef3f8'&gt;&amp;nbsp;In period&amp;nbsp;&lt;/span&gt;　"Reported/required" is shown in the month a period falls due; (+N carried) is the shortfall carried over from the previous period.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/transfer.py" />
            <source>Excel 表格 (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/transfer.py" />
            <source>Excel 表格 (*.xlsx);;所有文件 (*)</source>
            <translation>Excel workbook (*.xlsx);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/targets_page.py" />
            <source>{0}{1}：序时目标与实际</source>
            <translation>{0}{1}: planned and actual</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/matrix_page.py" />
            <source>{0}　{1}　{2}：{3} 条（双击修改）</source>
            <translation>{0}, {1}, {2}: {3} entries (double-click to edit)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/transfer.py" />
            <source>{0}年宣传推广完成情况</source>
            <translation>{0} publicity completion</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/charts_page.py" />
            <location filename="../../desktop/views/quotas/matrix_page.py" />
            <location filename="../../desktop/views/quotas/targets_page.py" />
            <source>{0}月</source>
            <translation>M{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/scope.py" />
            <source>　{0} 年　截至 {1}：全局已报 {2} 条，各科室欠缺 {3} 条，全市要求欠缺 {4} 条</source>
            <translation>　{0}, as of {1}: the bureau has reported {2} entries; the sections are {3} short, the citywide requirement {4} short</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/rules_page.py" />
            <location filename="../../desktop/views/quotas/tables.py" />
            <source>事项</source>
            <translation>Item</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/scope.py" />
            <source>事项：</source>
            <translation>Item:</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas_tab.py" />
            <source>从 Excel 导入条目…</source>
            <translation>Import entries from Excel…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/transfer.py" />
            <source>从 {0} 导入的 {1} 条宣传条目</source>
            <translation>{1} publicity entries imported from {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/targets_page.py" />
            <source>任务</source>
            <translation>Task</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/items_page.py" />
            <source>修改…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/rules_page.py" />
            <source>修改规则…</source>
            <translation>Edit rule…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/rules_page.py" />
            <source>全市</source>
            <translation>Citywide</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/matrix_page.py" />
            <source>全年</source>
            <translation>Whole year</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/charts_page.py" />
            <source>全年累计：已报与应报</source>
            <translation>Cumulative for the year: reported and required</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/matrix_page.py" />
            <location filename="../../desktop/views/quotas/scope.py" />
            <location filename="../../desktop/views/quotas/transfer.py" />
            <source>全部事项</source>
            <translation>All items</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/rules_page.py" />
            <source>内容</source>
            <translation>Content</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/items_page.py" />
            <source>删除</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/edits.py" />
            <source>删除条目</source>
            <translation>Delete entry</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/edits.py" />
            <source>删除条目“{0}”（{1}）？</source>
            <translation>Delete the entry "{0}" ({1})?</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/edits.py" />
            <location filename="../../desktop/views/quotas/rules_page.py" />
            <source>删除规则</source>
            <translation>Delete rule</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/edits.py" />
            <source>删除规则“{0}. {1}”及其全部数量要求？</source>
            <translation>Delete the rule "{0}. {1}" and all its quantity requirements?</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/targets_page.py" />
            <source>单位</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/charts_page.py" />
            <source>各科室完成情况（截至统计日）</source>
            <translation>Completion by section (as of the counting day)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas_tab.py" />
            <source>图表</source>
            <translation>Charts</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas_tab.py" />
            <source>完成情况</source>
            <translation>Completion</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/targets_page.py" />
            <source>实际值</source>
            <translation>Actual value</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/transfer.py" />
            <source>宣传推广完成情况.xlsx</source>
            <translation>Publicity completion.xlsx</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/rules_page.py" />
            <source>宣传推广指标</source>
            <translation>Publicity quotas</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/items_page.py" />
            <source>宣传条目</source>
            <translation>Publicity entries</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/edits.py" />
            <source>宣传条目“{0}”（{1}）</source>
            <translation>Publicity entry "{0}" ({1})</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/transfer.py" />
            <source>导入完成</source>
            <translation>Import complete</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/transfer.py" />
            <source>导入宣传条目</source>
            <translation>Import publicity entries</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/transfer.py" />
            <source>导出完成情况</source>
            <translation>Export completion</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas_tab.py" />
            <source>导出完成情况…</source>
            <translation>Export completion…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/targets_page.py" />
            <source>尚无实际值</source>
            <translation>No actual values yet</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/transfer.py" />
            <source>已导入 {0} 条宣传条目。</source>
            <translation>Imported {0} publicity entries.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/charts_page.py" />
            <source>已报</source>
            <translation>Reported</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/charts_page.py" />
            <source>已报累计</source>
            <translation>Reported, cumulative</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/tables.py" />
            <source>已采用</source>
            <translation>Adopted</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/rules_page.py" />
            <source>序号</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/targets_page.py" />
            <source>序时目标</source>
            <translation>Planned</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/targets_page.py" />
            <source>序时进度</source>
            <translation>Trajectory</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/targets_page.py" />
            <source>序时进度…</source>
            <translation>Trajectory…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/charts_page.py" />
            <source>应报累计（各科室）</source>
            <translation>Required, cumulative (sections)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/charts_page.py" />
            <source>应报（已到期）</source>
            <translation>Required (due so far)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/rules_page.py" />
            <source>归集</source>
            <translation>Collection</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/targets_page.py" />
            <source>截至</source>
            <translation>As of</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/rules_page.py" />
            <source>折合频次</source>
            <translation>Equivalent frequency</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/targets_page.py" />
            <source>指标</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/rules_page.py" />
            <source>提前</source>
            <translation>Move back</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/targets_page.py" />
            <location filename="../../desktop/views/quotas_tab.py" />
            <source>数值目标</source>
            <translation>Numeric target</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/rules_page.py" />
            <source>新增规则…</source>
            <translation>New rule…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/edits.py" />
            <location filename="../../desktop/views/quotas/targets_page.py" />
            <source>无法保存</source>
            <translation>Cannot save</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/edits.py" />
            <source>无法删除</source>
            <translation>Cannot delete</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/transfer.py" />
            <source>无法导入</source>
            <translation>Cannot import</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/transfer.py" />
            <source>无法导出</source>
            <translation>Cannot export</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/targets_page.py" />
            <source>无法打开</source>
            <translation>Cannot open</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/edits.py" />
            <source>无法登记</source>
            <translation>Cannot record</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/tables.py" />
            <source>日期</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/targets_page.py" />
            <source>最新实际值</source>
            <translation>Latest actual value</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/targets_page.py" />
            <source>未按序时进度考核：点“序时进度…”设置</source>
            <translation>Not judged by a trajectory: set one with "Trajectory…"</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/targets_page.py" />
            <source>未设</source>
            <translation>Not set</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/charts_page.py" />
            <source>条</source>
            <translation>Entries</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/matrix_page.py" />
            <location filename="../../desktop/views/quotas_tab.py" />
            <source>条目</source>
            <translation>Entries</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/tables.py" />
            <source>标题</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/rules_page.py" />
            <source>欠缺结转</source>
            <translation>Shortfall carried over</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/transfer.py" />
            <source>正在导入宣传条目…</source>
            <translation>Importing publicity items…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/transfer.py" />
            <source>正在导出完成情况…</source>
            <translation>Exporting completion…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/transfer.py" />
            <source>正在读取 {0}…</source>
            <translation>Reading {0}…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/rules_page.py" />
            <source>每月{0}日前</source>
            <translation>by day {0} of each month</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/targets_page.py" />
            <source>没有保存序时进度</source>
            <translation>Trajectory not saved</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/charts_page.py" />
            <source>没有数量要求。</source>
            <translation>No quantity requirements.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/charts_page.py" />
            <source>没有科室的数量要求。</source>
            <translation>No section has quantity requirements.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/tables.py" />
            <source>渠道/媒体</source>
            <translation>Channel/outlet</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/matrix_page.py" />
            <source>点击表格中的单元格，查看该科室该月的条目。</source>
            <translation>Click a cell of the table to see that section's entries for that month.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/targets_page.py" />
            <source>目标</source>
            <translation>Target</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/targets_page.py" />
            <source>目标 {0}{1}</source>
            <translation>Target {0}{1}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/tables.py" />
            <source>科室</source>
            <translation>Section</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/rules_page.py" />
            <source>结转</source>
            <translation>Carried over</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/rules_page.py" />
            <source>统筹科室</source>
            <translation>Coordinating section</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/rules_page.py" />
            <source>要求（原文）</source>
            <translation>Requirement (as written)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas_tab.py" />
            <source>规则</source>
            <translation>Rules</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/rules_page.py" />
            <source>责任</source>
            <translation>Responsibility</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/transfer.py" />
            <source>这 {0} 条宣传条目已暂存在本机的恢复文件中，数据库可以访问后会自动导入，只导入一次。</source>
            <translation>These {0} publicity entries are kept in the recovery file on this PC; they are imported automatically, once, when the database can be reached again.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/edits.py" />
            <source>这条宣传条目已暂存在本机的恢复文件中，数据库可以访问后会自动登记，只登记一次。</source>
            <translation>This publicity entry is kept in the recovery file on this PC; it is recorded automatically, once, when the database can be reached again.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/targets_page.py" />
            <source>选择一个指标，查看实际值与目标。</source>
            <translation>Select an indicator to see its actual values against its target.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/rules_page.py" />
            <source>遇休息日</source>
            <translation>On a rest day</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/tables.py" />
            <source>链接或文件</source>
            <translation>Link or file</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/rules_page.py" />
            <source>顺延</source>
            <translation>Move on</translation>
        </message>
    </context>
    <context>
        <name>ReminderPanel</name>
        <message>
            <location filename="../../desktop/views/tasks_tab.py" />
            <source>复制提醒文字</source>
            <translation>Copy the reminder text</translation>
        </message>
        <message>
            <location filename="../../desktop/views/tasks_tab.py" />
            <source>提醒：{0}</source>
            <translation>Reminder: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/tasks_tab.py" />
            <source>详情</source>
            <translation>Details</translation>
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message>
            <source>{0} 项 {1} 个工作日内到期</source>
            <translation type="vanished">{0} due within {1} working days</translation>
        </message>
        <message>
            <source>{0} 项已逾期</source>
            <translation type="vanished">{0} overdue</translation>
        </message>
        <message>
            <location filename="../../desktop/calendar/reminders.py" />
            <source>不再提醒</source>
            <translation>Do not remind again</translation>
        </message>
        <message>
            <location filename="../../desktop/calendar/reminders.py" />
            <source>共 {0} 项已逾期、{1} 项 {2} 个工作日内到期（含任务、措施、时间节点、督查、备检和宣传指标，不含已“不再提醒”的）</source>
            <translation>{0} overdue, {1} due within {2} working days (tasks, measures, milestones, inspections, preparations and publicity quotas; not those set to "don't remind")</translation>
        </message>
        <message>
            <location filename="../../desktop/calendar/reminders.py" />
            <source>恢复全部提醒</source>
            <translation>Restore all reminders</translation>
        </message>
        <message>
            <location filename="../../desktop/calendar/reminders.py" />
            <source>督办提醒</source>
            <translation>Supervision reminder</translation>
        </message>
        <message>
            <location filename="../../desktop/calendar/reminders.py" />
            <source>等 {0} 项</source>
            <translation>and {0} more</translation>
        </message>
        <message>
            <source>，</source>
            <translation type="vanished">, </translation>
        </message>
    </context>
    <context>
        <name>ReportDialog</name>
        <message>
            <location filename="../../desktop/views/task_dialogs.py" />
            <source>报送人</source>
            <translation>Reported by</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_dialogs.py" />
            <source>报送期次</source>
            <translation>Reporting period</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_dialogs.py" />
            <source>报送进展情况</source>
            <translation>Report progress</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_dialogs.py" />
            <source>更正会另存为新版本，原来的进展保留在历史中。</source>
            <translation>A correction is saved as a new version; the original progress stays in the history.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_dialogs.py" />
            <source>更正进展情况</source>
            <translation>Correct progress</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_dialogs.py" />
            <source>进展情况</source>
            <translation>Progress</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_dialogs.py" />
            <source>进展情况（主要措施及成效）</source>
            <translation>Progress (main measures and results)</translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <location filename="../../desktop/services/reports.py" />
            <source>{0} 个工作日内到期：</source>
            <translation>Due within {0} working days:</translation>
        </message>
        <message>
            <location filename="../../desktop/services/reports.py" />
            <source>{0}、{1}</source>
            <translation>{0}. {1}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/reports.py" />
            <source>{0}尚未报送进展：</source>
            <translation>Not yet reported for {0}:</translation>
        </message>
        <message>
            <location filename="../../desktop/services/reports.py" />
            <location filename="../../desktop/views/task_reports_pane.py" />
            <source>{0}年{1}月</source>
            <translation>{0}年{1}月</translation>
        </message>
        <message>
            <location filename="../../desktop/services/reports.py" />
            <source>一</source>
            <translation>1</translation>
        </message>
        <message>
            <source>一、已逾期：</source>
            <translation type="vanished">1. Overdue:</translation>
        </message>
        <message>
            <location filename="../../desktop/services/reports.py" />
            <source>三</source>
            <translation>3</translation>
        </message>
        <message>
            <source>三、{0}尚未报送进展：</source>
            <translation type="vanished">3. Not yet reported for {0}:</translation>
        </message>
        <message>
            <location filename="../../desktop/services/reports.py" />
            <source>二</source>
            <translation>2</translation>
        </message>
        <message>
            <source>二、{0} 个工作日内到期：</source>
            <translation type="vanished">2. Due within {0} working days:</translation>
        </message>
        <message>
            <source>二、{0} 天内到期：</source>
            <translation type="vanished">2. Due within {0} days:</translation>
        </message>
        <message>
            <location filename="../../desktop/services/reports.py" />
            <source>审核意见</source>
            <translation>Review comment</translation>
        </message>
        <message>
            <location filename="../../desktop/services/reports.py" />
            <source>已逾期：</source>
            <translation>Overdue:</translation>
        </message>
        <message>
            <location filename="../../desktop/services/reports.py" />
            <location filename="../../desktop/views/task_reports_pane.py" />
            <source>报送人</source>
            <translation>Reported by</translation>
        </message>
        <message>
            <location filename="../../desktop/services/reports.py" />
            <source>报送期次</source>
            <translation>Reporting period</translation>
        </message>
        <message>
            <location filename="../../desktop/services/reports.py" />
            <source>报送进展</source>
            <translation>Progress reported</translation>
        </message>
        <message>
            <location filename="../../desktop/services/reports.py" />
            <source>撤销审核</source>
            <translation>Undo review</translation>
        </message>
        <message>
            <location filename="../../desktop/services/reports.py" />
            <source>更正进展</source>
            <translation>Progress corrected</translation>
        </message>
        <message>
            <location filename="../../desktop/services/reports.py" />
            <source>期限 {0}</source>
            <translation>Deadline {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/reports.py" />
            <source>期限 {0}，已逾期 {1} 天</source>
            <translation>Deadline {0}, {1} days overdue</translation>
        </message>
        <message>
            <location filename="../../desktop/services/reports.py" />
            <source>未指定科室</source>
            <translation>No section given</translation>
        </message>
        <message>
            <location filename="../../desktop/services/reports.py" />
            <source>没有逾期、临期或未报送的事项。</source>
            <translation>Nothing overdue, due soon or unreported.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/reports.py" />
            <source>督办提醒（{0}）</source>
            <translation>Supervision reminder ({0})</translation>
        </message>
        <message>
            <location filename="../../desktop/services/reports.py" />
            <source>这份进展已不存在。</source>
            <translation>This progress report no longer exists.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/reports.py" />
            <source>这份进展已经被更正过了，请更正最新的版本。</source>
            <translation>This progress report has already been corrected; please correct the latest version.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/reports.py" />
            <source>这项任务已被删除。</source>
            <translation>This task has been deleted.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/reports.py" />
            <source>进展情况</source>
            <translation>Progress</translation>
        </message>
        <message>
            <location filename="../../desktop/services/reports.py" />
            <source>进展情况共 {0} 字，超过台帐规定的 {1} 字。仍要保存吗？这份进展会被标为“超字数”。</source>
            <translation>The progress has {0} characters, over the ledger's limit of {1}. Save it anyway? The report will be marked "over length".</translation>
        </message>
        <message>
            <location filename="../../desktop/services/reports.py" />
            <source>退回原因</source>
            <translation>Reason for returning</translation>
        </message>
        <message>
            <location filename="../../desktop/services/reports.py" />
            <source>逾期 {0} 项，{1} 个工作日内到期 {2} 项（只计任务、措施和时间节点，按科室）；{3} 个科室 {4}未报送</source>
            <translation>{0} overdue, {2} due within {1} working days (tasks, measures and milestones only, by section); {3} section(s) not reported for {4}</translation>
        </message>
        <message>
            <source>逾期 {0} 项，{1} 个工作日内到期 {2} 项（只计任务、措施和时间节点，按科室）；{3} 个科室{4}未报送</source>
            <translation type="vanished">{0} overdue, {2} due within {1} working days (tasks, measures and milestones only, by section); {3} section(s) not reported for {4}</translation>
        </message>
        <message>
            <source>逾期 {0} 项，{1} 天内到期 {2} 项，{3} 个科室{4}未报送</source>
            <translation type="vanished">{0} overdue, {2} due within {1} days, {3} section(s) not reported for {4}</translation>
        </message>
        <message>
            <source>（未指定科室）</source>
            <translation type="vanished">(no section given)</translation>
        </message>
    </context>
    <context>
        <name>RestDayRules</name>
        <message>
            <location filename="../../desktop/calendar/shift_rules.py" />
            <source>全市</source>
            <translation>Citywide</translation>
        </message>
        <message>
            <location filename="../../desktop/calendar/shift_rules.py" />
            <source>指标日期遇休息日：{0}</source>
            <translation>Quota dates on rest days: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/calendar/shift_rules.py" />
            <source>期限遇休息日：{0}</source>
            <translation>Deadlines on rest days: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/calendar/shift_rules.py" />
            <source>这项规则刚被另一台电脑上的同事修改过，您的修改没有保存。请关闭后重新打开再改。</source>
            <translation>A colleague on another PC has just changed this rule, so your change was not saved. Please close this window, open it again and make your change again.</translation>
        </message>
        <message>
            <location filename="../../desktop/calendar/shift_rules.py" />
            <source>（每月 {0} 日前归集）</source>
            <translation> (collected by day {0} of each month)</translation>
        </message>
    </context>
    <context>
        <name>RestDayRulesPage</name>
        <message>
            <location filename="../../desktop/views/workday_dialog.py" />
            <source>事项</source>
            <translation>Item</translation>
        </message>
        <message>
            <location filename="../../desktop/views/workday_dialog.py" />
            <source>任务、措施、时间节点的期限：</source>
            <translation>Deadlines of tasks, measures and milestones:</translation>
        </message>
        <message>
            <location filename="../../desktop/views/workday_dialog.py" />
            <source>宣传推广指标的报送和归集日期：</source>
            <translation>Reporting and collection dates of the publicity quotas:</translation>
        </message>
        <message>
            <location filename="../../desktop/views/workday_dialog.py" />
            <source>找不到这个计划。</source>
            <translation>This plan cannot be found.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/workday_dialog.py" />
            <source>提前到之前最后一个工作日</source>
            <translation>Move back to the last working day before</translation>
        </message>
        <message>
            <location filename="../../desktop/views/workday_dialog.py" />
            <source>无法读取</source>
            <translation>Cannot read</translation>
        </message>
        <message>
            <location filename="../../desktop/views/workday_dialog.py" />
            <source>期限恰逢周末或法定节假日时，按下面的规则移到之前最后一个工作日（默认），或顺延到之后第一个工作日。修改后日历、提醒和导出的日历文件立即按新规则计算。</source>
            <translation>When a deadline falls on a weekend or a public holiday, the rules below move it back to the last working day before (the default) or on to the first working day after. After a change, the calendar, the reminders and exported calendar files follow the new rules at once.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/workday_dialog.py" />
            <source>没有保存</source>
            <translation>Not saved</translation>
        </message>
        <message>
            <location filename="../../desktop/views/workday_dialog.py" />
            <source>要求</source>
            <translation>Requirement</translation>
        </message>
        <message>
            <location filename="../../desktop/views/workday_dialog.py" />
            <source>责任</source>
            <translation>Responsibility</translation>
        </message>
        <message>
            <location filename="../../desktop/views/workday_dialog.py" />
            <source>遇休息日</source>
            <translation>On a rest day</translation>
        </message>
        <message>
            <location filename="../../desktop/views/workday_dialog.py" />
            <source>顺延到之后第一个工作日</source>
            <translation>Move on to the first working day after</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <location filename="../../desktop/views/restore_dialog.py" />
            <source>从备份恢复</source>
            <translation>Restore from a backup</translation>
        </message>
        <message>
            <location filename="../../desktop/views/restore_dialog.py" />
            <source>关闭</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../desktop/views/restore_dialog.py" />
            <source>升级前</source>
            <translation>Before upgrade</translation>
        </message>
        <message>
            <location filename="../../desktop/views/restore_dialog.py" />
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../desktop/views/restore_dialog.py" />
            <source>备份文件夹：{0}</source>
            <translation>Backup folder: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/restore_dialog.py" />
            <source>备份时间</source>
            <translation>Backed up at</translation>
        </message>
        <message>
            <location filename="../../desktop/views/restore_dialog.py" />
            <source>备份时间：{0}</source>
            <translation>Backed up at: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/restore_dialog.py" />
            <source>大小</source>
            <translation>Size</translation>
        </message>
        <message>
            <location filename="../../desktop/views/restore_dialog.py" />
            <source>已恢复</source>
            <translation>Restored</translation>
        </message>
        <message>
            <location filename="../../desktop/views/restore_dialog.py" />
            <source>已用 {0} 的备份恢复 {1}。</source>
            <translation>Restored {1} from the backup of {0}.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/restore_dialog.py" />
            <source>恢复</source>
            <translation>Restore</translation>
        </message>
        <message>
            <location filename="../../desktop/views/restore_dialog.py" />
            <source>恢复会用备份替换当前数据，当前数据会先另存一份备份。</source>
            <translation>Restoring replaces the current data with the backup; the current data is saved as a backup first.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/restore_dialog.py" />
            <source>恢复前</source>
            <translation>Before restore</translation>
        </message>
        <message>
            <location filename="../../desktop/views/restore_dialog.py" />
            <source>恢复前的数据已另存为备份：{0}</source>
            <translation>The data from before the restore was saved as a backup: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/restore_dialog.py" />
            <source>手动</source>
            <translation>Manual</translation>
        </message>
        <message>
            <location filename="../../desktop/views/restore_dialog.py" />
            <source>数据库：{0}</source>
            <translation>Database: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/restore_dialog.py" />
            <source>文件</source>
            <translation>Document</translation>
        </message>
        <message>
            <location filename="../../desktop/views/restore_dialog.py" />
            <source>正在恢复…</source>
            <translation>Restoring…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/restore_dialog.py" />
            <source>没有恢复</source>
            <translation>Not restored</translation>
        </message>
        <message>
            <location filename="../../desktop/views/restore_dialog.py" />
            <source>类型</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../desktop/views/restore_dialog.py" />
            <source>自动</source>
            <translation>Automatic</translation>
        </message>
        <message>
            <location filename="../../desktop/views/restore_dialog.py" />
            <source>还没有这个数据库的备份。督办台在每天第一次打开数据库时自动备份。</source>
            <translation>There are no backups of this database yet. Duban backs it up automatically the first time it is opened each day.</translation>
        </message>
    </context>
    <context>
        <name>Rows</name>
        <message>
            <location filename="../../desktop/services/rows.py" />
            <source>{0}月{1}{2}项</source>
            <translation>{1}{2} in month {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/rows.py" />
            <source>{0}牵头</source>
            <translation>led by {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/rows.py" />
            <source>{0}（备检）</source>
            <translation>{0} (preparation)</translation>
        </message>
        <message>
            <location filename="../../desktop/services/rows.py" />
            <source>备检</source>
            <translation>Preparation</translation>
        </message>
        <message>
            <location filename="../../desktop/services/rows.py" />
            <source>宣传</source>
            <translation>Publicity</translation>
        </message>
        <message>
            <location filename="../../desktop/services/person_history.py" />
            <source>工作小组{0}</source>
            <translation>Working group {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/rows.py" />
            <source>每{0}个月{1}{2}项</source>
            <translation>{1}{2} every {0} months</translation>
        </message>
        <message>
            <location filename="../../desktop/services/rows.py" />
            <source>每年{0}{1}项</source>
            <translation>{0}{1} a year</translation>
        </message>
        <message>
            <location filename="../../desktop/services/rows.py" />
            <source>每月{0}{1}项</source>
            <translation>{0}{1} a month</translation>
        </message>
        <message>
            <location filename="../../desktop/services/rows.py" />
            <source>每月{0}日前</source>
            <translation>by day {0} of each month</translation>
        </message>
        <message>
            <location filename="../../desktop/services/rows.py" />
            <source>督查</source>
            <translation>Inspection</translation>
        </message>
        <message>
            <location filename="../../desktop/services/rows.py" />
            <source>至少</source>
            <translation>at least </translation>
        </message>
        <message>
            <location filename="../../desktop/services/rows.py" />
            <source>节点</source>
            <translation>Milestone</translation>
        </message>
        <message>
            <location filename="../../desktop/services/people.py" />
            <source>（第{0}位）</source>
            <translation>(no. {0})</translation>
        </message>
        <message>
            <location filename="../../desktop/services/rows.py" />
            <source>，协同{0}</source>
            <translation>, with {0}</translation>
        </message>
    </context>
    <context>
        <name>RuleDialog</name>
        <message>
            <location filename="../../desktop/views/quotas/dialogs.py" />
            <source>事项</source>
            <translation>Item</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/dialogs.py" />
            <source>保存</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/dialogs.py" />
            <source>修改宣传推广规则</source>
            <translation>Edit publicity rule</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/dialogs.py" />
            <source>全市</source>
            <translation>Citywide</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/dialogs.py" />
            <source>内容</source>
            <translation>Content</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/dialogs.py" />
            <source>删除所选要求</source>
            <translation>Delete selected requirement</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/dialogs.py" />
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/dialogs.py" />
            <source>周期</source>
            <translation>Cycle</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/dialogs.py" />
            <source>宣传推广内容</source>
            <translation>Publicity content</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/dialogs.py" />
            <source>市科技局工作计划</source>
            <translation>Municipal S&amp;T Bureau work plan</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/dialogs.py" />
            <source>归集/统筹科室</source>
            <translation>Collecting/coordinating section</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/dialogs.py" />
            <source>归集日</source>
            <translation>Collection day</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/dialogs.py" />
            <source>指定月份</source>
            <translation>Given months</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/dialogs.py" />
            <source>数量</source>
            <translation>Quantity</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/dialogs.py" />
            <source>数量要求（起算月 0 = 计划首月；归集日 0 = 期末最后一天）</source>
            <translation>Quantity requirements (starting month 0 = the plan's first month; collection day 0 = the last day of the period)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/dialogs.py" />
            <source>新增宣传推广规则</source>
            <translation>New publicity rule</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/dialogs.py" />
            <source>方式</source>
            <translation>Method</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/dialogs.py" />
            <source>无法保存规则</source>
            <translation>Cannot save the rule</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/dialogs.py" />
            <source>欠缺结转</source>
            <translation>Carry shortfall over</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/dialogs.py" />
            <source>每 2 个月</source>
            <translation>Every 2 months</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/dialogs.py" />
            <source>每半年</source>
            <translation>Every half year</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/dialogs.py" />
            <source>每季度</source>
            <translation>Every quarter</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/dialogs.py" />
            <source>每年</source>
            <translation>Every year</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/dialogs.py" />
            <source>每月</source>
            <translation>Every month</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/dialogs.py" />
            <source>添加要求</source>
            <translation>Add requirement</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/dialogs.py" />
            <source>至少</source>
            <translation>At least</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/dialogs.py" />
            <source>要求（原文）</source>
            <translation>Requirement (as written)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/dialogs.py" />
            <source>责任</source>
            <translation>Responsibility</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/dialogs.py" />
            <source>起算月</source>
            <translation>Starting month</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/dialogs.py" />
            <source>遇休息日</source>
            <translation>On a rest day</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/dialogs.py" />
            <source>（无）</source>
            <translation>(none)</translation>
        </message>
    </context>
    <context>
        <name>SeatListModel</name>
        <message>
            <location filename="../../desktop/views/group_pane.py" />
            <source>任职自 {0}</source>
            <translation>In the seat since {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/group_pane.py" />
            <source>接任 {0}</source>
            <translation>took over from {0}</translation>
        </message>
    </context>
    <context>
        <name>SectionsDialog</name>
        <message>
            <location filename="../../desktop/views/task_sections_dialog.py" />
            <source>合办科室</source>
            <translation>Co-sections</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_sections_dialog.py" />
            <source>牵头科室</source>
            <translation>Lead section</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_sections_dialog.py" />
            <source>牵头科室与合办科室</source>
            <translation>Lead and co-sections</translation>
        </message>
    </context>
    <context>
        <name>ServerDialog</name>
        <message>
            <location filename="../../desktop/views/server_dialog.py" />
            <source>地址中没有密码时填写</source>
            <translation>Fill in if the address has no password</translation>
        </message>
        <message>
            <location filename="../../desktop/views/server_dialog.py" />
            <source>密码</source>
            <translation>Password</translation>
        </message>
        <message>
            <location filename="../../desktop/views/server_dialog.py" />
            <source>数据库地址</source>
            <translation>Database address</translation>
        </message>
        <message>
            <location filename="../../desktop/views/server_dialog.py" />
            <source>数据库地址由管理员提供，例如 postgresql://duban@db.example:5432/duban。数据库需先用 duban init 建立。</source>
            <translation>The administrator gives you the database address, e.g. postgresql://duban@db.example:5432/duban. The database must first be created with duban init.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/server_dialog.py" />
            <source>连接</source>
            <translation>Connect</translation>
        </message>
        <message>
            <location filename="../../desktop/views/server_dialog.py" />
            <source>连接数据库服务器</source>
            <translation>Connect to a database server</translation>
        </message>
    </context>
    <context>
        <name>SharedFile</name>
        <message>
            <location filename="../../desktop/views/shared_file.py" />
            <source>也无法写入本机的恢复文件（{0}）。请先复制您输入的文字。</source>
            <translation>The recovery file on this PC cannot be written either ({0}). Please copy the text you typed first.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/shared_file.py" />
            <source>暂存在本机</source>
            <translation>Kept on this PC</translation>
        </message>
        <message>
            <location filename="../../desktop/views/shared_file.py" />
            <source>没有保存</source>
            <translation>Not saved</translation>
        </message>
    </context>
    <context>
        <name>TaskDialogs</name>
        <message>
            <location filename="../../desktop/views/task_dialogs.py" />
            <source>直接修改期限用于更正计划，历史中记为“期限更正（非延期）”。推迟期限请在“时间节点”页“申请延期…”，经领导小组成员批准后生效。</source>
            <translation>Editing a deadline directly corrects the plan; the history records it as "Deadline corrected (not an extension)". To postpone a deadline, use "Extend…" on the Milestones page; it takes effect once a leadership group member approves it.</translation>
        </message>
    </context>
    <context>
        <name>TaskEditor</name>
        <message>
            <location filename="../../desktop/views/task_editor.py" />
            <source>专项小组</source>
            <translation>Special group</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_editor.py" />
            <source>为这项任务（及其措施、时间节点）签发提示单或督办单</source>
            <translation>Issue a reminder or supervision notice for this task (its measures and milestones too)</translation>
        </message>
        <message>
            <source>也无法写入本机的恢复文件（{0}）。请先复制您输入的文字。</source>
            <translation type="vanished">The recovery file on this PC cannot be written either ({0}). Please copy the text you typed first.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_editor.py" />
            <source>人员</source>
            <translation>People</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_field_saving.py" />
            <source>任务 {0} 的{1}</source>
            <translation>{1} of task {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_editor.py" />
            <source>内容</source>
            <translation>Content</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_editor.py" />
            <source>分管领导</source>
            <translation>Leader in charge</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_editor.py" />
            <source>办结</source>
            <translation>Complete</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_editor.py" />
            <source>办结说明（可不填）：</source>
            <translation>Completion note (optional):</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_editor.py" />
            <source>历史</source>
            <translation>History</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_editor.py" />
            <source>原值</source>
            <translation>Old value</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_editor.py" />
            <source>基本信息</source>
            <translation>Basics</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_editor.py" />
            <source>字段</source>
            <translation>Field</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_field_saving.py" />
            <source>已保存</source>
            <translation>Saved</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_field_saving.py" />
            <source>您的修改已暂存在本机的恢复文件中，数据库可以访问后会自动保存，只保存一次。</source>
            <translation>Your change is kept in the recovery file on this PC and will be saved automatically, once, when the database can be reached.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_editor.py" />
            <source>指标</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_editor.py" />
            <source>措施</source>
            <translation>Measure</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_editor.py" />
            <source>改革攻坚落实事项</source>
            <translation>Reform item</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_editor.py" />
            <source>新值</source>
            <translation>New value</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_editor.py" />
            <source>时间</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_editor.py" />
            <source>时间节点</source>
            <translation>Milestones</translation>
        </message>
        <message>
            <source>暂存在本机</source>
            <translation type="vanished">Kept on this PC</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_editor.py" />
            <location filename="../../desktop/views/task_field_saving.py" />
            <source>没有保存</source>
            <translation>Not saved</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_editor.py" />
            <source>牵头：{0}</source>
            <translation>Lead: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_editor.py" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_editor.py" />
            <source>督办单…</source>
            <translation>Notice…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_editor.py" />
            <source>科室</source>
            <translation>Section</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_editor.py" />
            <source>科室负责人</source>
            <translation>Section head</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_editor.py" />
            <source>级别</source>
            <translation>Level</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_editor.py" />
            <source>编号</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_editor.py" />
            <source>要求</source>
            <translation>Requirement</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_editor.py" />
            <source>计算机</source>
            <translation>Computer</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_editor.py" />
            <source>请在左侧选择一项任务，或点击“新建任务”。</source>
            <translation>Select a task on the left, or click "New task".</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_editor.py" />
            <source>责任人</source>
            <translation>Person responsible</translation>
        </message>
        <message>
            <source>责任人（人员）</source>
            <translation type="vanished">Person responsible (people)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_editor.py" />
            <source>责任部门</source>
            <translation>Responsible department</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_field_saving.py" />
            <source>超过字数</source>
            <translation>Over length</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_editor.py" />
            <source>进展台帐</source>
            <translation>Progress</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_editor.py" />
            <source>选择科室…</source>
            <translation>Choose sections…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_editor.py" />
            <source>通知原文中的责任人</source>
            <translation>Responsible person as worded in the notice</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_editor.py" />
            <source>通知原文：{0}</source>
            <translation>In the notice: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_editor.py" />
            <source>重新打开</source>
            <translation>Reopen</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_editor.py" />
            <source>重新打开的原因：</source>
            <translation>Reason for reopening:</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_editor.py" />
            <source>难点堵点</source>
            <translation>Difficulties</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_editor.py" />
            <source>难点堵点及预期成果</source>
            <translation>Difficulties and expected results</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_editor.py" />
            <source>顺位代替</source>
            <translation>Acting (顺位代替)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_editor.py" />
            <source>预期成果</source>
            <translation>Expected results</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_editor.py" />
            <source>（{0}办结）</source>
            <translation>(completed {0})</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_editor.py" />
            <source>（无）</source>
            <translation>(none)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_editor.py" />
            <source>（未指定）</source>
            <translation>(not given)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_editor.py" />
            <source>；合办：{0}</source>
            <translation>; co-sections: {0}</translation>
        </message>
    </context>
    <context>
        <name>TaskExtensionsPage</name>
        <message>
            <location filename="../../desktop/views/task_extensions_pane.py" />
            <source>&lt;b&gt;延期申请&lt;/b&gt;（措施和时间节点的期限）</source>
            <translation>&lt;b&gt;Extensions&lt;/b&gt; (deadlines of measures and milestones)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_extensions_pane.py" />
            <source>{0}：{1} 申请由 {2} 延至 {3}</source>
            <translation>{0}: {1}, requested from {2} to {3}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_extensions_pane.py" />
            <source>不予批准…</source>
            <translation>Refuse…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_extensions_pane.py" />
            <source>不予批准延期</source>
            <translation>Refuse extension</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_extensions_pane.py" />
            <source>事项</source>
            <translation>Item</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_extensions_pane.py" />
            <source>任务期限（要求中的期限）</source>
            <translation>Task deadline (from its requirement)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_extensions_pane.py" />
            <source>原定期限</source>
            <translation>Original deadline</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_extensions_pane.py" />
            <source>审批</source>
            <translation>Decision</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_extensions_pane.py" />
            <source>审批意见：{0}</source>
            <translation>Decision remark: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_extensions_pane.py" />
            <source>审批状态</source>
            <translation>Decision state</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_extensions_pane.py" />
            <source>已批准延期 {0} 次，待审批 {1} 件。</source>
            <translation>{0} extensions approved, {1} pending.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_extensions_pane.py" />
            <source>延期理由</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_extensions_pane.py" />
            <source>延期理由：{0}</source>
            <translation>Reason: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_extensions_pane.py" />
            <source>延期申请</source>
            <translation>Extensions</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_extensions_pane.py" />
            <source>批准…</source>
            <translation>Approve…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_extensions_pane.py" />
            <source>批准延期</source>
            <translation>Approve extension</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_extensions_pane.py" />
            <source>措施 {0}：{1}</source>
            <translation>Measure {0}: {1}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_extensions_pane.py" />
            <source>撤回这条待审批的延期申请吗？</source>
            <translation>Withdraw this pending extension request?</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_extensions_pane.py" />
            <source>撤销</source>
            <translation>Withdraw</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_extensions_pane.py" />
            <source>撤销这次已批准的延期吗？{0}的期限将恢复为 {1}。</source>
            <translation>Withdraw this approved extension? The deadline of {0} goes back to {1}.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_extensions_pane.py" />
            <source>时间节点：{0}</source>
            <translation>Milestone: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_extensions_pane.py" />
            <source>未定期限</source>
            <translation>no deadline</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_extensions_pane.py" />
            <source>申请延期…</source>
            <translation>Extend…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_extensions_pane.py" />
            <source>申请延至</source>
            <translation>Extend to</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_extensions_pane.py" />
            <source>申请日期</source>
            <translation>Requested on</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_extensions_pane.py" />
            <source>申请科室及申请人</source>
            <translation>Section and requester</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_extensions_pane.py" />
            <source>请先在列表中选择一条延期申请。</source>
            <translation>Please choose an extension request in the list first.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_extensions_pane.py" />
            <source>这条申请已经是“{0}”，不能再审批。</source>
            <translation>This request is already "{0}" and cannot be decided again.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_extensions_pane.py" />
            <source>这条申请已经是“{0}”，不能撤销。</source>
            <translation>This request is already "{0}" and cannot be withdrawn.</translation>
        </message>
    </context>
    <context>
        <name>TaskList</name>
        <message>
            <location filename="../../desktop/views/task_list_model.py" />
            <source>{0}
措施和时间节点已批准延期 {1} 次（原定期限见任务的“延期申请”页）</source>
            <translation>{0}
Deadlines of its measures and milestones extended {1} times (original dates on the task's Extensions page)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_list_model.py" />
            <source>{0}（延期 {1} 次）</source>
            <translation>{0} (extended {1}×)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_list_model.py" />
            <source>没有未到的期限</source>
            <translation>No deadline ahead</translation>
        </message>
    </context>
    <context>
        <name>TaskPartsPages</name>
        <message>
            <location filename="../../desktop/views/task_parts_pane.py" />
            <source>上移</source>
            <translation>Move up</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_parts_pane.py" />
            <source>下移</source>
            <translation>Move down</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_parts_pane.py" />
            <source>内容</source>
            <translation>Content</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_parts_pane.py" />
            <source>删除</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_parts_pane.py" />
            <source>删除措施“{0}”吗？可以用“撤销”恢复。</source>
            <translation>Delete the measure "{0}"? "Undo" can bring it back.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_parts_pane.py" />
            <source>单位</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_parts_pane.py" />
            <source>原文期限</source>
            <translation>Deadline as written</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_parts_pane.py" />
            <source>完成日期</source>
            <translation>Completed on</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_parts_pane.py" />
            <source>完成目标</source>
            <translation>Target reached</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_parts_pane.py" />
            <source>完成目标 %p%</source>
            <translation>Target reached %p%</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_parts_pane.py" />
            <source>实际值</source>
            <translation>Actual value</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_parts_pane.py" />
            <source>序号</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_parts_pane.py" />
            <source>截至</source>
            <translation>As of</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_parts_pane.py" />
            <source>指标</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_parts_pane.py" />
            <source>措施</source>
            <translation>Measure</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_parts_pane.py" />
            <source>日期</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_parts_pane.py" />
            <source>最新实际值</source>
            <translation>Latest actual value</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_parts_pane.py" />
            <source>期限</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_parts_pane.py" />
            <source>来源</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_parts_pane.py" />
            <source>添加指标</source>
            <translation>Add indicator</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_parts_pane.py" />
            <source>添加措施</source>
            <translation>Add measure</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_parts_pane.py" />
            <source>添加节点</source>
            <translation>Add milestone</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_parts_pane.py" />
            <source>灯</source>
            <translation>Light</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_parts_pane.py" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_parts_pane.py" />
            <source>目标</source>
            <translation>Target</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_parts_pane.py" />
            <source>编辑</source>
            <translation>Edit</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_parts_pane.py" />
            <source>节点</source>
            <translation>Milestone</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_parts_pane.py" />
            <source>记录实际值</source>
            <translation>Record actual value</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_parts_pane.py" />
            <source>请先选择一个指标。</source>
            <translation>Please select an indicator first.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_parts_pane.py" />
            <source>负责</source>
            <translation>Responsible</translation>
        </message>
    </context>
    <context>
        <name>TaskReportsPage</name>
        <message>
            <location filename="../../desktop/views/task_reports_pane.py" />
            <source> 超字数</source>
            <translation> over length</translation>
        </message>
        <message>
            <source>也无法写入本机的恢复文件（{0}）。请先复制您输入的文字。</source>
            <translation type="vanished">The recovery file on this PC cannot be written either ({0}). Please copy the text you typed first.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_reports_pane.py" />
            <source>任务 {0} 的进展（{1}）</source>
            <translation>Progress of task {0} ({1})</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_reports_pane.py" />
            <source>在这台电脑上报送进展的人（姓名或科室），以后每次报送都会预先填好，报送时仍可修改：</source>
            <translation>Who reports progress on this PC (a name or a section); it is filled in for every report and can still be changed when reporting:</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_reports_pane.py" />
            <source>字数</source>
            <translation>Characters</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_reports_pane.py" />
            <source>审核意见（可不填）：</source>
            <translation>Review comment (optional):</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_reports_pane.py" />
            <source>审核意见：</source>
            <translation>Review comment:</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_reports_pane.py" />
            <source>审核通过</source>
            <translation>Approve</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_reports_pane.py" />
            <source>报送人</source>
            <translation>Reported by</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_reports_pane.py" />
            <source>报送日期</source>
            <translation>Reported on</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_reports_pane.py" />
            <source>报送进展</source>
            <translation>Report progress</translation>
        </message>
        <message>
            <source>暂存在本机</source>
            <translation type="vanished">Kept on this PC</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_reports_pane.py" />
            <source>更正</source>
            <translation>Correct</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_reports_pane.py" />
            <source>期次</source>
            <translation>Period</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_reports_pane.py" />
            <source>本机报送人</source>
            <translation>Reporter on this PC</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_reports_pane.py" />
            <source>来源</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_reports_pane.py" />
            <source>没有保存</source>
            <translation>Not saved</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_reports_pane.py" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_reports_pane.py" />
            <source>超过 300 字</source>
            <translation>Over 300 characters</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_reports_pane.py" />
            <source>超过字数</source>
            <translation>Over length</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_reports_pane.py" />
            <source>这条进展已暂存在本机的恢复文件中，数据库可以访问后会自动保存，只保存一次。</source>
            <translation>This progress report is kept in the recovery file on this PC and will be saved automatically, once, when the database can be reached.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_reports_pane.py" />
            <source>进展情况</source>
            <translation>Progress</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_reports_pane.py" />
            <source>退回</source>
            <translation>Return</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_reports_pane.py" />
            <source>退回原因（报送科室会看到）：</source>
            <translation>Reason for returning (the reporting section will see it):</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_reports_pane.py" />
            <source>退回原因：</source>
            <translation>Reason for returning:</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_reports_pane.py" />
            <source>（已更正）</source>
            <translation>(corrected)</translation>
        </message>
    </context>
    <context>
        <name>TaskSourcePage</name>
        <message>
            <location filename="../../desktop/views/task_source_page.py" />
            <source>任务来源</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_source_page.py" />
            <source>修改来源…</source>
            <translation>Change source…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_source_page.py" />
            <source>批示原文</source>
            <translation>Original text</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_source_page.py" />
            <source>批示领导</source>
            <translation>Instructing leader</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_source_page.py" />
            <source>来文文号</source>
            <translation>Document no.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_source_page.py" />
            <source>来文日期</source>
            <translation>Document date</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_source_page.py" />
            <source>来源</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_source_page.py" />
            <source>这项任务来自年度方案（本计划的附件），没有批示件信息。</source>
            <translation>This task comes from the annual plan (the plan's attachments); it has no instruction.</translation>
        </message>
    </context>
    <context>
        <name>Tasks</name>
        <message>
            <location filename="../../desktop/services/tasks.py" />
            <source>“难点堵点及预期成果”共 {0} 字，超过台帐规定的 {1} 字。仍要保存吗？超出部分会在台帐中标出。</source>
            <translation>"Difficulties and expected results" has {0} characters, over the ledger's limit of {1}. Save it anyway? The excess will be marked in the ledger.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/task_snapshot.py" />
            <source>专项小组</source>
            <translation>Special group</translation>
        </message>
        <message>
            <source>任务</source>
            <translation type="vanished">Task</translation>
        </message>
        <message>
            <location filename="../../desktop/services/tasks.py" />
            <source>修改“{0}”</source>
            <translation>Change "{0}"</translation>
        </message>
        <message>
            <location filename="../../desktop/services/tasks.py" />
            <source>修改任务</source>
            <translation>Change task</translation>
        </message>
        <message>
            <location filename="../../desktop/services/task_parts.py" />
            <source>修改指标</source>
            <translation>Change indicator</translation>
        </message>
        <message>
            <location filename="../../desktop/services/task_parts.py" />
            <source>修改措施</source>
            <translation>Change measure</translation>
        </message>
        <message>
            <location filename="../../desktop/services/task_parts.py" />
            <source>修改时间节点</source>
            <translation>Change milestone</translation>
        </message>
        <message>
            <location filename="../../desktop/services/tasks.py" />
            <source>修改科室</source>
            <translation>Change sections</translation>
        </message>
        <message>
            <location filename="../../desktop/services/task_parts.py" />
            <source>内容</source>
            <translation>Content</translation>
        </message>
        <message>
            <location filename="../../desktop/services/task_snapshot.py" />
            <source>分管领导</source>
            <translation>Leader in charge</translation>
        </message>
        <message>
            <source>删除</source>
            <translation type="vanished"> deleted</translation>
        </message>
        <message>
            <location filename="../../desktop/services/tasks.py" />
            <source>删除任务</source>
            <translation>Delete task</translation>
        </message>
        <message>
            <location filename="../../desktop/services/task_parts.py" />
            <source>删除指标</source>
            <translation>Delete indicator</translation>
        </message>
        <message>
            <location filename="../../desktop/services/task_parts.py" />
            <source>删除措施</source>
            <translation>Delete measure</translation>
        </message>
        <message>
            <location filename="../../desktop/services/task_parts.py" />
            <source>删除时间节点</source>
            <translation>Delete milestone</translation>
        </message>
        <message>
            <location filename="../../desktop/services/tasks.py" />
            <source>办结</source>
            <translation>Completed</translation>
        </message>
        <message>
            <location filename="../../desktop/services/tasks.py" />
            <source>办结说明</source>
            <translation>Completion note</translation>
        </message>
        <message>
            <location filename="../../desktop/services/task_parts.py" />
            <source>单位</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location filename="../../desktop/services/task_parts.py" />
            <source>原文期限</source>
            <translation>Deadline as written</translation>
        </message>
        <message>
            <location filename="../../desktop/services/tasks.py" />
            <source>同一个科室不能既是牵头科室又是合办科室。</source>
            <translation>A section cannot be both the lead section and a co-section.</translation>
        </message>
        <message>
            <source>否</source>
            <translation type="vanished">No</translation>
        </message>
        <message>
            <location filename="../../desktop/services/task_parts.py" />
            <source>完成日期</source>
            <translation>Completed on</translation>
        </message>
        <message>
            <location filename="../../desktop/services/task_parts.py" />
            <source>实际值“{0}”不是数字。</source>
            <translation>The actual value "{0}" is not a number.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/task_parts.py" />
            <source>年初基数</source>
            <translation>Baseline</translation>
        </message>
        <message>
            <location filename="../../desktop/services/task_parts.py" />
            <source>所属措施</source>
            <translation>Measure</translation>
        </message>
        <message>
            <location filename="../../desktop/services/task_parts.py" />
            <source>指标</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <source>指标实际值</source>
            <translation type="vanished">Indicator values</translation>
        </message>
        <message>
            <location filename="../../desktop/services/task_parts.py" />
            <source>按序时进度考核</source>
            <translation>Judged by trajectory</translation>
        </message>
        <message>
            <location filename="../../desktop/services/task_parts.py" />
            <source>措施</source>
            <translation>Measure</translation>
        </message>
        <message>
            <location filename="../../desktop/services/tasks.py" />
            <source>撤销办结</source>
            <translation>Undo completion</translation>
        </message>
        <message>
            <location filename="../../desktop/services/task_parts.py" />
            <source>撤销指标实际值</source>
            <translation>Undo indicator value</translation>
        </message>
        <message>
            <location filename="../../desktop/services/tasks.py" />
            <source>撤销重新打开</source>
            <translation>Undo reopening</translation>
        </message>
        <message>
            <location filename="../../desktop/services/instructions.py" />
            <location filename="../../desktop/services/task_snapshot.py" />
            <location filename="../../desktop/services/tasks.py" />
            <source>改革攻坚落实事项</source>
            <translation>Reform item</translation>
        </message>
        <message>
            <source>新增</source>
            <translation type="vanished"> added</translation>
        </message>
        <message>
            <location filename="../../desktop/services/task_parts.py" />
            <source>新增指标</source>
            <translation>Add indicator</translation>
        </message>
        <message>
            <location filename="../../desktop/services/task_parts.py" />
            <source>新增措施</source>
            <translation>Add measure</translation>
        </message>
        <message>
            <location filename="../../desktop/services/task_parts.py" />
            <source>新增时间节点</source>
            <translation>Add milestone</translation>
        </message>
        <message>
            <location filename="../../desktop/services/tasks.py" />
            <source>新建任务“{0}”</source>
            <translation>New task "{0}"</translation>
        </message>
        <message>
            <location filename="../../desktop/services/task_parts.py" />
            <source>日期</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>时间节点</source>
            <translation type="vanished">Milestones</translation>
        </message>
        <message>
            <source>是</source>
            <translation type="vanished">Yes</translation>
        </message>
        <message>
            <location filename="../../desktop/services/task_parts.py" />
            <source>是否目标</source>
            <translation>Is target</translation>
        </message>
        <message>
            <location filename="../../desktop/services/task_parts.py" />
            <source>期限</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <location filename="../../desktop/services/task_parts.py" />
            <source>来源</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../../desktop/services/task_parts.py" />
            <location filename="../../desktop/services/task_snapshot.py" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../desktop/services/task_parts.py" />
            <source>目标值</source>
            <translation>Target</translation>
        </message>
        <message>
            <location filename="../../desktop/services/task_parts.py" />
            <source>目标期限</source>
            <translation>Target deadline</translation>
        </message>
        <message>
            <source>科室</source>
            <translation type="vanished">Section</translation>
        </message>
        <message>
            <location filename="../../desktop/services/task_snapshot.py" />
            <source>科室负责人</source>
            <translation>Section head</translation>
        </message>
        <message>
            <location filename="../../desktop/services/tasks.py" />
            <source>立项</source>
            <translation>Created</translation>
        </message>
        <message>
            <location filename="../../desktop/services/task_snapshot.py" />
            <source>级别</source>
            <translation>Level</translation>
        </message>
        <message>
            <location filename="../../desktop/services/task_snapshot.py" />
            <location filename="../../desktop/services/tasks.py" />
            <source>编号</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/tasks.py" />
            <source>编号“{0}”已被另一项任务使用。请换一个编号。</source>
            <translation>The number "{0}" is already used by another task. Please choose another number.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/task_parts.py" />
            <source>节点</source>
            <translation>Milestone</translation>
        </message>
        <message>
            <location filename="../../desktop/services/task_snapshot.py" />
            <source>要求</source>
            <translation>Requirement</translation>
        </message>
        <message>
            <location filename="../../desktop/services/task_parts.py" />
            <source>记录指标实际值</source>
            <translation>Record an indicator's actual value</translation>
        </message>
        <message>
            <location filename="../../desktop/services/task_parts.py" />
            <source>调整措施顺序</source>
            <translation>Reorder measures</translation>
        </message>
        <message>
            <location filename="../../desktop/services/task_parts.py" />
            <source>负责人</source>
            <translation>Person responsible</translation>
        </message>
        <message>
            <location filename="../../desktop/services/task_parts.py" />
            <source>负责科室</source>
            <translation>Responsible section</translation>
        </message>
        <message>
            <source>责任交接</source>
            <translation type="vanished">Handover</translation>
        </message>
        <message>
            <location filename="../../desktop/services/task_snapshot.py" />
            <source>责任人</source>
            <translation>Person responsible</translation>
        </message>
        <message>
            <location filename="../../desktop/services/task_snapshot.py" />
            <source>责任人（人员）</source>
            <translation>Person responsible (people)</translation>
        </message>
        <message>
            <location filename="../../desktop/services/task_snapshot.py" />
            <source>责任部门</source>
            <translation>Responsible department</translation>
        </message>
        <message>
            <location filename="../../desktop/services/task_parts.py" />
            <source>这个指标已被删除。</source>
            <translation>This indicator has been deleted.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/task_parts.py" />
            <source>这个时间节点已被删除。</source>
            <translation>This milestone has been deleted.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/task_parts.py" />
            <source>这条措施已被删除。</source>
            <translation>This measure has been deleted.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/tasks.py" />
            <source>这项任务已经办结。</source>
            <translation>This task has already been completed.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/tasks.py" />
            <source>这项任务已被删除。</source>
            <translation>This task has been deleted.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/tasks.py" />
            <source>这项任务没有办结，不需要重新打开。</source>
            <translation>This task is not completed; it does not need reopening.</translation>
        </message>
        <message>
            <source>进展台帐</source>
            <translation type="vanished">Progress ledger</translation>
        </message>
        <message>
            <location filename="../../desktop/services/tasks.py" />
            <source>重新打开</source>
            <translation>Reopened</translation>
        </message>
        <message>
            <location filename="../../desktop/services/tasks.py" />
            <source>重新打开的原因</source>
            <translation>Reason for reopening</translation>
        </message>
        <message>
            <location filename="../../desktop/services/task_snapshot.py" />
            <source>难点堵点</source>
            <translation>Difficulties</translation>
        </message>
        <message>
            <location filename="../../desktop/services/task_snapshot.py" />
            <source>预期成果</source>
            <translation>Expected results</translation>
        </message>
    </context>
    <context>
        <name>TasksTab</name>
        <message>
            <location filename="../../desktop/views/tasks_tab.py" />
            <source> 天</source>
            <translation> days</translation>
        </message>
        <message>
            <location filename="../../desktop/views/tasks_tab.py" />
            <source>N 天内到期</source>
            <translation>Due within N days</translation>
        </message>
        <message>
            <location filename="../../desktop/views/tasks_tab.py" />
            <source>{0} / {1} 项</source>
            <translation>{0} / {1} tasks</translation>
        </message>
        <message>
            <location filename="../../desktop/views/tasks_tab.py" />
            <source>下一截止</source>
            <translation>Next deadline</translation>
        </message>
        <message>
            <location filename="../../desktop/views/tasks_tab.py" />
            <source>不填则按本计划的编号续编</source>
            <translation>Leave empty to continue the plan's numbering</translation>
        </message>
        <message>
            <location filename="../../desktop/views/tasks_tab.py" />
            <source>任务来源：年度方案，或计划外的领导批示、会议纪要、上级交办</source>
            <translation>Where tasks come from: the annual plan, or outside it a leader's instruction, meeting minutes or an assignment from above</translation>
        </message>
        <message>
            <location filename="../../desktop/views/tasks_tab.py" />
            <source>全部分管领导</source>
            <translation>All leaders</translation>
        </message>
        <message>
            <location filename="../../desktop/views/tasks_tab.py" />
            <source>全部期限</source>
            <translation>All deadlines</translation>
        </message>
        <message>
            <location filename="../../desktop/views/tasks_tab.py" />
            <source>全部来源</source>
            <translation>All sources</translation>
        </message>
        <message>
            <location filename="../../desktop/views/tasks_tab.py" />
            <source>全部状态</source>
            <translation>All statuses</translation>
        </message>
        <message>
            <location filename="../../desktop/views/tasks_tab.py" />
            <source>全部科室</source>
            <translation>All sections</translation>
        </message>
        <message>
            <location filename="../../desktop/views/tasks_tab.py" />
            <source>分管领导</source>
            <translation>Leader in charge</translation>
        </message>
        <message>
            <location filename="../../desktop/views/tasks_tab.py" />
            <source>已逾期</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <location filename="../../desktop/views/tasks_tab.py" />
            <source>改革攻坚落实事项</source>
            <translation>Reform item</translation>
        </message>
        <message>
            <location filename="../../desktop/views/tasks_tab.py" />
            <source>改革攻坚落实事项：</source>
            <translation>Reform item:</translation>
        </message>
        <message>
            <location filename="../../desktop/views/tasks_tab.py" />
            <source>新建任务</source>
            <translation>New task</translation>
        </message>
        <message>
            <location filename="../../desktop/views/tasks_tab.py" />
            <source>无法撤销</source>
            <translation>Cannot undo</translation>
        </message>
        <message>
            <location filename="../../desktop/views/tasks_tab.py" />
            <source>最新进展</source>
            <translation>Latest progress</translation>
        </message>
        <message>
            <location filename="../../desktop/views/tasks_tab.py" />
            <source>未办结</source>
            <translation>Not completed</translation>
        </message>
        <message>
            <location filename="../../desktop/views/tasks_tab.py" />
            <source>来源</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>没有新建</source>
            <translation type="vanished">Not created</translation>
        </message>
        <message>
            <location filename="../../desktop/views/tasks_tab.py" />
            <source>灯</source>
            <translation>Light</translation>
        </message>
        <message>
            <location filename="../../desktop/views/tasks_tab.py" />
            <source>牵头科室</source>
            <translation>Lead section</translation>
        </message>
        <message>
            <location filename="../../desktop/views/tasks_tab.py" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../desktop/views/tasks_tab.py" />
            <source>筛选：文字或拼音首字母，如 jbz</source>
            <translation>Filter: text or pinyin initials, e.g. jbz</translation>
        </message>
        <message>
            <location filename="../../desktop/views/tasks_tab.py" />
            <source>签发督办单…</source>
            <translation>Issue notice…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/tasks_tab.py" />
            <source>级别</source>
            <translation>Level</translation>
        </message>
        <message>
            <location filename="../../desktop/views/tasks_tab.py" />
            <source>编号</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/tasks_tab.py" />
            <source>编号（可不填）：</source>
            <translation>Code (optional):</translation>
        </message>
        <message>
            <location filename="../../desktop/views/tasks_tab.py" />
            <source>计划外</source>
            <translation>Outside plan</translation>
        </message>
        <message>
            <location filename="../../desktop/views/tasks_tab.py" />
            <source>责任人</source>
            <translation>Person responsible</translation>
        </message>
    </context>
    <context>
        <name>Trajectories</name>
        <message>
            <location filename="../../desktop/services/trajectories.py" />
            <source>{0}“{1}”不是数字。</source>
            <translation>{0} "{1}" is not a number.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/trajectories.py" />
            <source>{0}月的序时目标</source>
            <translation>The planned value of month {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/trajectories.py" />
            <source>修改序时进度</source>
            <translation>Change trajectory</translation>
        </message>
        <message>
            <location filename="../../desktop/services/trajectories.py" />
            <source>修改序时进度红灯界限</source>
            <translation>Change the trajectory's red margin</translation>
        </message>
        <message>
            <location filename="../../desktop/services/trajectories.py" />
            <source>年初基数</source>
            <translation>Baseline</translation>
        </message>
        <message>
            <location filename="../../desktop/services/trajectories.py" />
            <source>指标“{0}”没有目标值，不能按序时进度考核。</source>
            <translation>Indicator "{0}" has no target and cannot be judged by a trajectory.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/trajectories.py" />
            <source>月份 {0} 不在计划年度内（应为 1 至 12 月）。</source>
            <translation>Month {0} is not in the plan's year (it must be 1 to 12).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/trajectories.py" />
            <source>月份“{0}”不是 1 至 12 之间的数。</source>
            <translation>Month "{0}" is not a number from 1 to 12.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/trajectories.py" />
            <source>目标期限 {0} 不在计划年度 {1} 年内。</source>
            <translation>The target deadline {0} is not in the plan's year {1}.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/trajectories.py" />
            <source>红灯界限</source>
            <translation>Red margin</translation>
        </message>
        <message>
            <location filename="../../desktop/services/trajectories.py" />
            <source>红灯界限应为 0 至 100 之间的百分数。</source>
            <translation>The red margin must be a percentage from 0 to 100.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/trajectories.py" />
            <source>这个指标已被删除。</source>
            <translation>This indicator has been deleted.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/trajectories.py" />
            <source>这个计划已被删除。</source>
            <translation>This plan has been deleted.</translation>
        </message>
    </context>
    <context>
        <name>TrajectoryDialog</name>
        <message>
            <location filename="../../desktop/views/quotas/trajectory_dialog.py" />
            <source>{0}月</source>
            <translation>Month {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/trajectory_dialog.py" />
            <source>各月序时目标（留空按线性计算）</source>
            <translation>Planned value by month (empty: linear)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/trajectory_dialog.py" />
            <source>年初基数</source>
            <translation>Baseline</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/trajectory_dialog.py" />
            <source>年初基数：</source>
            <translation>Baseline:</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/trajectory_dialog.py" />
            <source>序时进度：{0}</source>
            <translation>Trajectory: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/trajectory_dialog.py" />
            <source>按序时进度考核（实际值落后于当月序时目标时亮黄灯）</source>
            <translation>Judge by trajectory (yellow when the actual is behind the month's plan)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/trajectory_dialog.py" />
            <source>无法保存</source>
            <translation>Cannot save</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/trajectory_dialog.py" />
            <source>期限（空：年底）：</source>
            <translation>Deadline (empty: year end):</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/trajectory_dialog.py" />
            <source>未定目标值：不能按序时进度考核</source>
            <translation>No target: cannot be judged by a trajectory</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/trajectory_dialog.py" />
            <source>目标 {0}{1}</source>
            <translation>Target {0}{1}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/trajectory_dialog.py" />
            <source>目标值：</source>
            <translation>Target:</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/trajectory_dialog.py" />
            <source>目标期限</source>
            <translation>Target deadline</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/trajectory_dialog.py" />
            <source>空：从第一个实际值开始</source>
            <translation>Empty: start from the first reported value</translation>
        </message>
        <message>
            <location filename="../../desktop/views/quotas/trajectory_dialog.py" />
            <source>红灯界限（目标的 %，全计划通用）：</source>
            <translation>Red margin (% of the target, whole plan):</translation>
        </message>
    </context>
    <context>
        <name>TrayNotifier</name>
        <message>
            <location filename="../../desktop/views/reminders.py" />
            <source>督办台</source>
            <translation>Duban</translation>
        </message>
    </context>
    <context>
        <name>ValueDialog</name>
        <message>
            <location filename="../../desktop/views/task_dialogs.py" />
            <source>如：统计局季度数据</source>
            <translation>e.g. quarterly figures of the statistics bureau</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_dialogs.py" />
            <source>实际值</source>
            <translation>Actual value</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_dialogs.py" />
            <source>实际值（{0}）</source>
            <translation>Actual value ({0})</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_dialogs.py" />
            <source>日期</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_dialogs.py" />
            <source>来源</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_dialogs.py" />
            <source>记录实际值：{0}</source>
            <translation>Record actual value: {0}</translation>
        </message>
    </context>
    <context>
        <name>WordCounter</name>
        <message>
            <location filename="../../desktop/views/word_counter.py" />
            <source>{0}：{1} / {2} 字</source>
            <translation>{0}: {1} / {2} characters</translation>
        </message>
        <message>
            <location filename="../../desktop/views/word_counter.py" />
            <source>{0}：{1} / {2} 字，超出 {3} 字。台帐要求在 {2} 字以内；超出时保存需要确认，并在台帐中标出。</source>
            <translation>{0}: {1} / {2} characters, {3} over. The ledger asks for at most {2}; saving over the limit needs confirming and is marked in the ledger.</translation>
        </message>
    </context>
    <context>
        <name>WorkdayDialog</name>
        <message>
            <location filename="../../desktop/views/workday_dialog.py" />
            <source>上班（调休）</source>
            <translation>Working day (make-up)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/workday_dialog.py" />
            <source>休息</source>
            <translation>Day off</translation>
        </message>
        <message>
            <location filename="../../desktop/views/workday_dialog.py" />
            <source>关闭</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../desktop/views/workday_dialog.py" />
            <source>删除所选</source>
            <translation>Delete selected</translation>
        </message>
        <message>
            <location filename="../../desktop/views/workday_dialog.py" />
            <source>如：春节、国庆调休</source>
            <translation>e.g. Spring Festival, National Day make-up</translation>
        </message>
        <message>
            <location filename="../../desktop/views/workday_dialog.py" />
            <source>安排</source>
            <translation>Arrangement</translation>
        </message>
        <message>
            <location filename="../../desktop/views/workday_dialog.py" />
            <source>工作日调整</source>
            <translation>Working-day adjustments</translation>
        </message>
        <message>
            <location filename="../../desktop/views/workday_dialog.py" />
            <source>无法读取</source>
            <translation>Cannot read</translation>
        </message>
        <message>
            <location filename="../../desktop/views/workday_dialog.py" />
            <source>日期</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../desktop/views/workday_dialog.py" />
            <source>期限遇休息日</source>
            <translation>Deadlines on rest days</translation>
        </message>
        <message>
            <location filename="../../desktop/views/workday_dialog.py" />
            <source>没有保存</source>
            <translation>Not saved</translation>
        </message>
        <message>
            <location filename="../../desktop/views/workday_dialog.py" />
            <source>法定节假日和调休按国务院公布的安排自动计算。尚未收录的年份（每年 11 月公布下一年安排），或需要更正的日子，在这里补充：某天休息，或某个周末上班。</source>
            <translation>Public holidays and make-up working days follow the State Council's announced schedule automatically. For years not yet included (next year's schedule is announced each November), or days that need correcting, add them here: a day off, or a weekend working day.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/workday_dialog.py" />
            <source>添加或更正</source>
            <translation>Add or correct</translation>
        </message>
        <message>
            <location filename="../../desktop/views/workday_dialog.py" />
            <source>节假日与调休</source>
            <translation>Holidays and make-up days</translation>
        </message>
        <message>
            <location filename="../../desktop/views/workday_dialog.py" />
            <source>说明</source>
            <translation>Notes</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <location filename="../../desktop/services/workspace.py" />
            <source>{0} 中没有 {1} 年的计划（已有：{2}）。</source>
            <translation>{0} has no plan for {1} (it has: {2}).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/workspace.py" />
            <source>{0} 是一个空的 SQLite 文件，不是 Duban 数据库。</source>
            <translation>{0} is an empty SQLite file, not a Duban database.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/workspace.py" />
            <source>导入内置计划</source>
            <translation>Import the built-in plan</translation>
        </message>
        <message>
            <location filename="../../desktop/services/workspace.py" />
            <source>无</source>
            <translation>none</translation>
        </message>
        <message>
            <location filename="../../desktop/services/workspace.py" />
            <source>这个计划已不在数据库中（可能已被其他电脑删除）。</source>
            <translation>This plan is no longer in the database (another PC may have deleted it).</translation>
        </message>
    </context>
    <context>
        <name>_ListPane</name>
        <message>
            <location filename="../../desktop/views/department_pane.py" />
            <source>删除</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../desktop/views/department_pane.py" />
            <source>编辑…</source>
            <translation>Edit…</translation>
        </message>
    </context>
    <context>
        <name>_WindowRow</name>
        <message>
            <location filename="../../desktop/views/inspection_dialog.py" />
            <source>至年底</source>
            <translation>To the end of the year</translation>
        </message>
        <message>
            <location filename="../../desktop/views/inspection_dialog.py" />
            <source>（原文：{0}）</source>
            <translation>(as written: {0})</translation>
        </message>
    </context>
</TS>
