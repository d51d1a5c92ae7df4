/**
 * The report as Markdown for the ticket text: readable as plain text too, since many ticket
 * systems show it unrendered. Pasted values are code spans or fenced blocks, free text is
 * escaped (see markdown.ts): whatever was pasted, the rendered ticket has no links, images or
 * HTML of its own.
 */
import { escapeText as esc, fence, inlineCode, literal } from './markdown';
import type {
  ReportCliBlock,
  ReportCommand,
  ReportEvidence,
  ReportLabels,
  ReportModel,
  ReportQuestion,
} from './report-model';

/** `  12 | XGE1/1/1   U  32768  3  {ACG}`, with `⋮` where cited lines are not adjacent. */
function quotedLines(ev: ReportEvidence, missing: string): string {
  const last = ev.lines[ev.lines.length - 1];
  const width = Math.max(4, String(last?.lineNo ?? 0).length);
  const out: string[] = [];
  let prev: number | null = null;
  for (const line of ev.lines) {
    if (prev !== null && line.lineNo > prev + 1) out.push(`${' '.repeat(width)} ⋮`);
    const text = line.text === null ? missing : literal(line.text).trimEnd();
    out.push(`${String(line.lineNo).padStart(width)} | ${text}`.trimEnd());
    prev = line.lineNo;
  }
  return fence(out.join('\n'), 'text');
}

function cliBlocks(blocks: ReportCliBlock[], none: string, l: ReportLabels): string[] {
  if (blocks.length === 0) return [none, ''];
  const labelled = (label: string, value: string) => `${esc(label)}${l.colon}${value}`;
  // The check may run on the other device (the LB's view of an aggregate changed on the switch).
  const check = (label: string, v: ReportCliBlock['before'], device: string) =>
    v
      ? [
          `- ${labelled(device.startsWith(v.device) ? label : `${label}${l.openParen}${v.device}${l.closeParen}`, inlineCode(v.command))} — ${esc(v.expect)}`,
        ]
      : [];
  return blocks.flatMap((b, i) => [
    `### ${i + 1}. ${esc(b.device)}`,
    '',
    ...(b.changeWindow ? [`**▲ ${esc(b.changeWindow)}**`, ''] : []),
    ...(b.fillIn.length
      ? [`${labelled(l.fillIn, b.fillIn.map(inlineCode).join(l.listSep))}`, '']
      : []),
    ...check(l.checkBefore, b.before, b.device),
    ...(b.before ? [''] : []),
    fence(b.text),
    '',
    ...check(l.checkAfter, b.after, b.device),
    ...(b.after ? [''] : []),
  ]);
}

function commands(list: ReportCommand[], l: ReportLabels): string[] {
  return list.flatMap((c, i) => [
    `${i + 1}. **${esc(c.device)}**${c.purpose ? `${l.colon}${esc(c.purpose)}` : ''}`,
    '',
    // Indented under the list item so the numbering continues; the fence keeps it copyable.
    ...fence(c.command)
      .split('\n')
      .map((l) => `   ${l}`),
    '',
  ]);
}

function questions(list: ReportQuestion[], l: ReportLabels, indent: string): string[] {
  return list.map(
    (q) => `${indent}- ${esc(q.text)} ${esc(l.answer)}${l.colon}**${esc(q.answerText)}**`,
  );
}

/** A pasted value in a table cell: a code span, with the cell separator kept out of it. */
function cell(value: string): string {
  return inlineCode(value.replace(/\|/g, '¦'));
}

export function reportToMarkdown(model: ReportModel): string {
  const l = model.labels;
  const out: string[] = [];
  const push = (...lines: string[]) => out.push(...lines);
  // `Label: value` / `标签：值`, with the label escaped and the value given ready-made.
  const labelled = (label: string, value: string) => `${esc(label)}${l.colon}${value}`;
  const paren = (value: string) => `${l.openParen}${value}${l.closeParen}`;
  // The colon stays outside the bold: CommonMark does not close `**原因：**` before a CJK letter.
  const bold = (label: string, value: string) => `**${esc(label)}**${l.colon}${value}`;

  push(`# ${esc(model.title, model.titleNames)}`, '');
  // Two trailing spaces: a hard line break, so the two facts sit on separate lines when rendered.
  push(`${bold(l.generated, esc(model.generatedText))}  `);
  push(bold(l.status, esc(model.statusText)), '');

  if (model.following.length > 0)
    push(
      ...model.following.map(
        (f) =>
          `- ${bold(l.following, `${inlineCode(f.name)}${f.reason ? ` — ${esc(f.reason)}` : ''}`)}`,
      ),
      '',
    );

  // The first page is the summary a manager reads: what broke, since when, why, what was done,
  // verified or not; then the ticket's details.
  const inc = model.incident;
  push(`## ${esc(l.summary)}`, '');
  push(...inc.summary.map((x) => `- ${bold(x.label, esc(x.text, model.titleNames))}`), '');
  if (inc.details.length > 0 || inc.devices.length > 0) {
    push(`## ${esc(l.incident)}`, '');
    push(...inc.details.map((x) => `- ${bold(x.label, esc(x.value))}`));
    if (inc.devices.length > 0)
      push(`- ${bold(l.devices, inc.devices.map(inlineCode).join(l.listSep))}`);
    push('');
  }

  const dx = model.diagnosis;
  if (dx && model.status === 'diagnosed') {
    push(`## ${labelled(l.diagnosis, esc(dx.title))}`, '', bold(l.cause, esc(dx.cause)), '');
    if (dx.withheld) {
      push(`**${esc(l.withheld)}**${l.colon}${esc(dx.withheld.title)}`, '');
      push(...dx.withheld.missing.map((x) => `- ${bold(l.missingEvidence, esc(x))}`));
      push(...dx.withheld.contradicted.map((x) => `- ${bold(l.contradictedBy, esc(x))}`), '');
    }
    if (dx.restsOn.length > 0 && dx.id !== 'inconclusive')
      push(
        `**${esc(l.restsOn)}**`,
        '',
        ...dx.restsOn.map(
          (r) =>
            `- ${esc(r.text)}${r.findings.length ? `${l.colon}${esc(r.findings.join(' / '))}` : ''}`,
        ),
        '',
      );
    if (dx.known.length > 0)
      push(`**${esc(l.knownSoFar)}**`, '', ...dx.known.map((k) => `- ${esc(k)}`), '');
    if (dx.odd.length > 0) push(`**${esc(l.odd)}**`, '', ...dx.odd.map((k) => `- ${esc(k)}`), '');
    if (dx.next.length > 0) push(`**${esc(l.nextCommands)}**`, '', ...commands(dx.next, l));
  } else {
    push(`## ${esc(l.diagnosis)}`, '', esc(l.noDiagnosisYet), '');
    if (model.knownSoFar.length > 0) {
      push(
        ...model.knownSoFar.map((k) => `- ${bold(k.severityLabel, esc(k.text, k.subjects))}`),
        '',
      );
    } else {
      push(`- ${esc(model.pastes.length === 0 ? l.nothingKnownYet : l.noFindings)}`, '');
    }
  }

  if (model.current) {
    const c = model.current;
    push(`## ${labelled(l.currentStep, esc(c.title))}${paren(esc(l.waitingHere))}`, '');
    if (c.commands.length > 0) push(`**${esc(l.nextCommands)}**`, '', ...commands(c.commands, l));
    if (c.questions.length > 0) push(...questions(c.questions, l, ''), '');
  }

  if (model.timeline.length > 0) {
    push(`## ${esc(l.timeline)}`, '');
    push(
      fence(
        model.timeline
          .map((e) => `${e.bad ? '!' : ' '} ${e.time}  ${e.text}`.replace(/\r\n|\n|\r/g, ' '))
          .join('\n'),
        'text',
      ),
      '',
    );
  }

  push(`## ${esc(l.path)}`, '');
  if (model.path.length === 0 && !model.current) push(esc(l.pathEmpty), '');
  model.path.forEach((t, i) => {
    const to = t.to.kind === 'step' ? esc(t.to.title) : `**${esc(t.to.title)}**`;
    push(`${i + 1}. **${esc(t.title)}**${l.colon}${esc(t.reason)}`);
    // The graph's rule id (`otherwise`) means nothing in a ticket; the JSON export keeps it.
    push(`   → ${labelled(l.then, to)}`);
    push(...questions(t.questions, l, '   '));
  });
  if (model.current)
    push(
      `${model.path.length + 1}. **${esc(model.current.title)}**${l.colon}${esc(l.waitingHere)}`,
    );
  if (model.path.length > 0 || model.current) push('');

  push(`## ${esc(l.findings)}`, '');
  if (model.findings.length === 0) push(esc(l.noFindings), '');
  model.findings.forEach((f, i) => {
    push(`### ${i + 1}. ${labelled(f.severityLabel, esc(f.text, f.subjects))}`, '');
    const facts = [labelled(l.step, esc(f.stepTitle))];
    if (f.subjects.length > 0)
      facts.push(labelled(l.subjects, f.subjects.map(inlineCode).join(l.listSep)));
    if (f.key) facts.push(`*${esc(l.ledToDiagnosis)}*`);
    push(facts.join(' · '), '');
    if (f.evidence.length === 0) push(esc(l.noEvidence), '');
    for (const ev of f.evidence) {
      push(
        `${labelled(l.evidence, `${esc(ev.stepTitle)}${l.comma}${esc(ev.pasteLabel)}`)}${paren(esc(ev.pastedText))}`,
        '',
      );
      push(quotedLines(ev, l.lineMissing), '');
    }
  });

  if (model.status === 'diagnosed') {
    push(`## ${esc(l.fix)}`, '', ...cliBlocks(model.fix, esc(l.noFix), l));
    push(`## ${esc(l.rollback)}`, '', ...cliBlocks(model.rollback, esc(l.noFix), l));
    push(`## ${esc(l.verify)}`, '');
    if (model.verify.length === 0) push(esc(l.noFix), '');
    model.verify.forEach((v, i) => {
      push(
        `${i + 1}. **${esc(v.device)}**${l.colon}${inlineCode(v.command)}`,
        `   ${labelled(l.expect, esc(v.expect))}`,
      );
    });
    if (model.verify.length > 0) push('');
  }

  const r = inc.resolution;
  if (r) {
    push(`## ${esc(l.resolution)}${paren(esc(r.statusText))}`, '');
    push(`${esc(r.summary)}${paren(esc(r.atText))}`, '');
    if (r.facts.length > 0) {
      push(
        `| ${esc(l.element)} | ${esc(l.before)} | ${esc(l.after)} | |`,
        '| --- | --- | --- | --- |',
        ...r.facts.map(
          (f) =>
            `| ${cell(f.subject)} | ${cell(f.before)} | ${cell(f.after)} | ${f.bad ? `**${esc(f.statusText)}**` : esc(f.statusText)} |`,
        ),
        '',
      );
    }
    if (r.uncompared.length > 0)
      push(
        ...r.uncompared.map(
          (u) =>
            `- ${bold(l.notCompared, `${esc(u.pasteLabel)} (${inlineCode(u.command)})${l.colon}${esc(u.reason)}`)}`,
        ),
        '',
      );
  }

  if (inc.events.length > 0) {
    push(`## ${esc(l.incidentTimeline)}`, '');
    push(...inc.events.map((e) => `- ${esc(e.atText)} — ${esc(e.text)}`), '');
  }

  push(`## ${esc(l.pastes)}`, '');
  if (model.pastes.length === 0) push(esc(l.noPastes), '');
  for (const p of model.pastes) {
    const facts = `${esc(p.pastedText)}${l.comma}${esc(p.lineCountText)}`;
    push(`### ${esc(p.stepTitle)}${l.comma}${esc(p.pasteLabel)}${paren(facts)}`, '');
    const body = p.text
      .split(/\r\n|\n|\r/)
      .map((line) => literal(line).trimEnd())
      .join('\n')
      .replace(/\n+$/, '');
    push(fence(body, 'text'), '');
  }

  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}
