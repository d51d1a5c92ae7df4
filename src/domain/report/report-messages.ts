/**
 * Every word the report itself adds (headings, labels), in both UI languages. The report is
 * rendered outside the UI (Markdown export, CLI), so it cannot use the UI's message catalogue.
 */
import type { FactStatus, Lang, ResolutionStatus, Severity } from '../run-types';

export interface ReportMessages {
  /** Punctuation differs: `Cause: x (y)` / `原因：x（y）`. */
  colon: string;
  comma: string;
  listSep: string;
  openParen: string;
  closeParen: string;
  genericTitle: string;
  /** `farm` is a name, or several joined by the caller. */
  farmTitle: (farm: string, active: number) => string;
  farmsTitle: (farms: string, active: number) => string;
  generated: string;
  status: string;
  statusDiagnosed: string;
  statusPartial: string;
  diagnosis: string;
  cause: string;
  noDiagnosisYet: string;
  knownSoFar: string;
  nothingKnownYet: string;
  path: string;
  pathEmpty: string;
  then: string;
  waitingHere: string;
  answer: string;
  answerYes: string;
  answerNo: string;
  answerNone: string;
  findings: string;
  noFindings: string;
  ledToDiagnosis: string;
  subjects: string;
  step: string;
  evidence: string;
  noEvidence: string;
  lineMissing: string;
  pasteMissing: string;
  fix: string;
  rollback: string;
  verify: string;
  expect: string;
  view: string;
  noFix: string;
  /** Before the `<member-port>` and the like still to be filled in. */
  fillIn: string;
  /** The check beside a fix block: before running it, right after. */
  checkBefore: string;
  checkAfter: string;
  nextCommands: string;
  currentStep: string;
  purpose: string;
  pastes: string;
  noPastes: string;
  paste: (index: number) => string;
  pastedAt: (time: string) => string;
  timeNotRecorded: string;
  lines: (count: number) => string;
  severity: Record<Severity, string>;
  /** What the diagnosis rests on: each piece of evidence it requires, found. */
  restsOn: string;
  /** An inconclusive run that withheld a diagnosis: its title, and why. */
  withheld: string;
  missingEvidence: string;
  contradictedBy: string;
  odd: string;
  timeline: string;
  following: string;
  /** The first page: what a manager reads. */
  summary: string;
  whatBroke: string;
  since: string;
  why: string;
  whatWasDone: string;
  verified: string;
  notDiagnosed: string;
  fixRecommended: string;
  noConfigFix: string;
  verifyPasted: (time: string) => string;
  notVerified: string;
  incident: string;
  ticket: string;
  engineer: string;
  service: string;
  start: string;
  end: string;
  devices: string;
  fromFirstPaste: string;
  fromResolution: string;
  resolution: string;
  resolutionStatus: Record<ResolutionStatus, string>;
  factStatus: Record<FactStatus, string>;
  element: string;
  before: string;
  after: string;
  notShown: string;
  notCompared: string;
  incidentTimeline: string;
}

const en: ReportMessages = {
  colon: ': ',
  comma: ', ',
  listSep: ', ',
  openParen: ' (',
  closeParen: ')',
  genericTitle: 'SLB probe-failure troubleshooting report',
  farmTitle: (farm, active) =>
    `Server farm ${farm}: ${active} active real ${active === 1 ? 'server' : 'servers'}`,
  farmsTitle: (farms, active) =>
    `Server farms ${farms}: ${active} active real ${active === 1 ? 'server' : 'servers'}`,
  generated: 'Generated',
  status: 'Status',
  statusDiagnosed: 'diagnosed',
  statusPartial: 'partial (what is known so far)',
  diagnosis: 'Diagnosis',
  cause: 'Cause',
  noDiagnosisYet: 'No diagnosis yet. What is known so far:',
  knownSoFar: 'What is known',
  nothingKnownYet: 'Nothing has been pasted yet.',
  path: 'Path taken',
  pathEmpty: 'No step has been decided yet.',
  then: 'next',
  waitingHere: 'waiting for input',
  answer: 'Answer',
  answerYes: 'yes',
  answerNo: 'no',
  answerNone: 'not answered',
  findings: 'Findings',
  noFindings: 'No findings.',
  ledToDiagnosis: 'led to the diagnosis',
  subjects: 'Concerns',
  step: 'Step',
  evidence: 'Evidence',
  noEvidence: 'No pasted lines cited.',
  lineMissing: '(line not in the paste)',
  pasteMissing: 'paste not found',
  fix: 'Fix',
  rollback: 'Rollback',
  verify: 'Verification',
  expect: 'Expect',
  view: 'View',
  noFix: 'None.',
  fillIn: 'No paste named these; fill them in by hand before running it',
  checkBefore: 'Before',
  checkAfter: 'After',
  nextCommands: 'Run next',
  currentStep: 'Current step',
  purpose: 'Why',
  pastes: 'Appendix: pasted outputs',
  noPastes: 'Nothing has been pasted.',
  paste: (index) => `paste ${index + 1}`,
  pastedAt: (time) => `pasted ${time}`,
  timeNotRecorded: 'time not recorded',
  lines: (count) => `${count} ${count === 1 ? 'line' : 'lines'}`,
  severity: { ok: 'OK', info: 'Info', warning: 'Warning', problem: 'Problem' },
  restsOn: 'Evidence required, and found',
  withheld: 'Considered, not proven',
  missingEvidence: 'Missing',
  contradictedBy: 'Contradicted',
  odd: 'Looks odd',
  timeline: 'Timeline (log buffer)',
  following: 'Followed',
  summary: 'Summary',
  whatBroke: 'What broke',
  since: 'Since',
  why: 'Why',
  whatWasDone: 'What was done',
  verified: 'Verified',
  notDiagnosed: 'Not diagnosed yet.',
  fixRecommended: 'Fix given',
  noConfigFix: 'No configuration fix for this diagnosis.',
  verifyPasted: (time) => `verification outputs pasted after the fix (${time})`,
  notVerified: 'Not verified yet: paste the verification commands after the fix.',
  incident: 'Incident',
  ticket: 'Ticket',
  engineer: 'Engineer',
  service: 'Affected service',
  start: 'Start',
  end: 'End',
  devices: 'Devices',
  fromFirstPaste: 'first paste',
  fromResolution: 'verified resolved',
  resolution: 'Verification after the fix',
  resolutionStatus: { resolved: 'resolved', 'not-resolved': 'not resolved', changed: 'changed' },
  factStatus: {
    fixed: 'fixed',
    'still-wrong': 'still wrong',
    broken: 'now wrong',
    changed: 'changed',
    same: 'same',
    new: 'new',
    gone: 'missing',
  },
  element: 'Element',
  before: 'Before the fix',
  after: 'After the fix',
  notShown: '—',
  notCompared: 'Not compared',
  incidentTimeline: 'What was pasted and decided',
};

const zh: ReportMessages = {
  colon: '：',
  comma: '，',
  listSep: '、',
  openParen: '（',
  closeParen: '）',
  genericTitle: 'SLB 健康检测失败排查报告',
  farmTitle: (farm, active) => `实服务组 ${farm}：可用实服务器 ${active} 个`,
  farmsTitle: (farms, active) => `实服务组 ${farms}：可用实服务器 ${active} 个`,
  generated: '生成时间',
  status: '状态',
  statusDiagnosed: '已诊断',
  statusPartial: '未完成（目前已知的情况）',
  diagnosis: '诊断',
  cause: '原因',
  noDiagnosisYet: '尚未得出诊断。目前已知：',
  knownSoFar: '已知情况',
  nothingKnownYet: '尚未粘贴任何输出。',
  path: '排查路径',
  pathEmpty: '尚未完成任何步骤的判断。',
  then: '下一步',
  waitingHere: '等待输入',
  answer: '回答',
  answerYes: '是',
  answerNo: '否',
  answerNone: '未回答',
  findings: '发现',
  noFindings: '没有发现。',
  ledToDiagnosis: '诊断依据',
  subjects: '涉及',
  step: '步骤',
  evidence: '证据',
  noEvidence: '未引用粘贴内容。',
  lineMissing: '（粘贴内容中没有这一行）',
  pasteMissing: '找不到该次粘贴',
  fix: '修复',
  rollback: '回退',
  verify: '验证',
  expect: '预期',
  view: '视图',
  noFix: '无。',
  fillIn: '粘贴的输出中没有给出以下值，执行前请手工填写',
  checkBefore: '执行前',
  checkAfter: '执行后',
  nextCommands: '接下来执行',
  currentStep: '当前步骤',
  purpose: '目的',
  pastes: '附录：粘贴的输出',
  noPastes: '尚未粘贴任何输出。',
  paste: (index) => `第 ${index + 1} 次粘贴`,
  pastedAt: (time) => `粘贴于 ${time}`,
  timeNotRecorded: '未记录时间',
  lines: (count) => `${count} 行`,
  severity: { ok: '正常', info: '信息', warning: '警告', problem: '问题' },
  restsOn: '必需的证据（均已找到）',
  withheld: '考虑过但未能证明',
  missingEvidence: '缺少',
  contradictedBy: '存在矛盾',
  odd: '可疑之处',
  timeline: '时间线（日志缓冲区）',
  following: '排查对象',
  summary: '摘要',
  whatBroke: '故障现象',
  since: '开始时间',
  why: '原因',
  whatWasDone: '处理',
  verified: '验证',
  notDiagnosed: '尚未得出诊断。',
  fixRecommended: '给出的修复',
  noConfigFix: '该诊断没有配置类修复。',
  verifyPasted: (time) => `修复后已粘贴验证输出（${time}）`,
  notVerified: '尚未验证：请在修复后粘贴验证命令的输出。',
  incident: '事件信息',
  ticket: '工单号',
  engineer: '处理人',
  service: '受影响业务',
  start: '开始',
  end: '结束',
  devices: '设备',
  fromFirstPaste: '首次粘贴',
  fromResolution: '验证已解决',
  resolution: '修复后验证',
  resolutionStatus: { resolved: '已解决', 'not-resolved': '未解决', changed: '有变化' },
  factStatus: {
    fixed: '已修复',
    'still-wrong': '仍有问题',
    broken: '新出现问题',
    changed: '有变化',
    same: '未变',
    new: '新增',
    gone: '缺失',
  },
  element: '对象',
  before: '修复前',
  after: '修复后',
  notShown: '—',
  notCompared: '未对比',
  incidentTimeline: '粘贴与判断记录',
};

export const reportMessages: Record<Lang, ReportMessages> = { 'en-US': en, 'zh-CN': zh };
