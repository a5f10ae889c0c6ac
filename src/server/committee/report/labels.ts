/** The report's words in Vietnamese and English; the report is Vietnamese unless asked otherwise. */
import type { DeliverableStatus } from '../core/status.js';
import type { TaskStatus } from '../core/tasks.js';

export type Lang = 'vi' | 'en';

interface Labels {
  title(n: number): string;
  subtitle(heldOn: string, asOf: string): string;
  summary: string;
  figure: string;
  value: string;
  deliverables: string;
  tasks: string;
  overdueTasks: string;
  deliverablesHeading: string;
  deliverable: string;
  progress: string;
  statusColumn: string;
  nextDue: string;
  overdueHeading: string;
  body: string;
  task: string;
  due: string;
  late: string;
  none: string;
  previousHeading(n: number | null): string;
  status: Record<DeliverableStatus, string>;
  taskStatus: Record<TaskStatus, string>;
}

export const labels: Record<Lang, Labels> = {
  vi: {
    title: (n) => `Báo cáo Phiên họp lần thứ ${n} Ủy ban Quốc gia ASEAN 2020`,
    subtitle: (heldOn, asOf) => `Ngày họp: ${heldOn} · Số liệu tính đến ngày ${asOf}`,
    summary: 'Số liệu tổng hợp',
    figure: 'Chỉ tiêu',
    value: 'Số lượng',
    deliverables: 'Kết quả ưu tiên và sáng kiến',
    tasks: 'Nhiệm vụ',
    overdueTasks: 'Nhiệm vụ quá hạn',
    deliverablesHeading: 'Tình hình thực hiện các kết quả ưu tiên',
    deliverable: 'Kết quả',
    progress: 'Tiến độ',
    statusColumn: 'Tình trạng',
    nextDue: 'Mốc tiếp theo',
    overdueHeading: 'Nhiệm vụ quá hạn theo cơ quan',
    body: 'Cơ quan',
    task: 'Nhiệm vụ',
    due: 'Hạn',
    late: 'quá hạn',
    none: 'Không có.',
    previousHeading: (n) => (n === null ? 'Kết luận phiên họp trước' : `Kết luận Phiên họp lần thứ ${n} và kết quả thực hiện`),
    status: { done: 'Hoàn thành', on_track: 'Đúng tiến độ', at_risk: 'Có nguy cơ chậm', late: 'Chậm tiến độ' },
    taskStatus: { open: 'Chưa thực hiện', in_progress: 'Đang thực hiện', done: 'Đã hoàn thành', cancelled: 'Đã hủy' },
  },
  en: {
    title: (n) => `Report of the ${ordinal(n)} session of the National Committee for ASEAN 2020`,
    subtitle: (heldOn, asOf) => `Held on ${heldOn} · Figures as of ${asOf}`,
    summary: 'Summary figures',
    figure: 'Figure',
    value: 'Count',
    deliverables: 'Priority outcomes and initiatives',
    tasks: 'Tasks',
    overdueTasks: 'Overdue tasks',
    deliverablesHeading: 'Priority outcomes and their status',
    deliverable: 'Deliverable',
    progress: 'Progress',
    statusColumn: 'Status',
    nextDue: 'Next milestone',
    overdueHeading: 'Overdue tasks by body',
    body: 'Body',
    task: 'Task',
    due: 'Due',
    late: 'overdue',
    none: 'None.',
    previousHeading: (n) => (n === null ? "Previous session's decisions" : `Decisions of the ${ordinal(n)} session and what became of them`),
    status: { done: 'Done', on_track: 'On track', at_risk: 'At risk', late: 'Late' },
    taskStatus: { open: 'Open', in_progress: 'In progress', done: 'Done', cancelled: 'Cancelled' },
  },
};

function ordinal(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${s}`;
}
