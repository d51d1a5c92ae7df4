/**
 * NQA templates, the health probes an H3C load balancer runs against its real servers (`probe
 * NAME` in real-server or server-farm view names one). Read from `display current-configuration
 * | begin nqa template` (which prints every later section too), `| include nqa`,
 * `display current-configuration configuration nqa` (accepted as echoed; not confirmed as a
 * module name in any document found), a whole configuration, or a typed snippet (indentation
 * stripped, `quit`, system-view prompts).
 *
 * Commands read (H3C Comware 7 NQA command reference `NQA客户端配置命令`, and the H3C/HPE NQA
 * configuration guide "Configuring NQA templates"; types dns, ftp, http, https, icmp, radius,
 * ssl, tcp, tcphalfopen, udp): `url`, `expect status` (status-list: `200 300 400 to 500`, up to
 * 10 items, 0-999), `expect data`, `version { v1.0 | v1.1 }` (default v1.0), `operation { get |
 * post | raw }` (default get), `raw-request` (its own view: the request, ended by `quit`),
 * `probe timeout` (default 3000 ms), `frequency` (default 5000 ms in template view), `reaction
 * trigger probe-fail | probe-pass` (default 3 each), `reaction trigger per-probe`,
 * `destination ip | ipv6 | port` (port defaults by type: dns 53, http 80, ftp 21, radius 1812),
 * `source ip | ipv6 | interface`, `vpn-instance` (default: public network), `ssl-client-policy`
 * (https, ssl). A null field means "not configured": the default above applies, and for the
 * destination the load balancer's own real server address and port (a template's values win
 * over the feature's, per the configuration guide).
 * `ssl client-policy NAME` blocks (SSL command reference): `version`, `prefer-cipher`,
 * `[undo] server-verify enable` (default: verify), `pki-domain`.
 * The newer H3C ADC line's command reference (2025, service-pool / service-host) lists a
 * `display loadbalance probe-template`; no example of its output or configuration was found, so
 * it is not read here.
 *
 * Rules:
 * - A block is `nqa template TYPE NAME` up to `#`, `quit`, `return` or the next section. With
 *   indentation (as displayed) the section ends at the first line back at column 0; without it
 *   (typed), at the first line whose first word is not a template command. A prompt's view
 *   (`[LB-nqatplt-http-hc]`) says outright which template a typed line belongs to.
 * - `raw-request` content is every deeper-indented line, or (indentation stripped) every line
 *   shaped like an HTTP request line or header, up to `quit`. It stays in `lines`; its first line
 *   and `Host:` value are kept apart.
 * - The same template opened again (a typed session re-entering the view) adds to one record.
 *   `undo CMD` resets CMD's field. Later `expect status` lines add to the list.
 * - Lines of every other section are counted and reported once (`outside-template`, info), not
 *   one warning each; `probe NAME` lines in real-server / server-farm views are read as references.
 * - No template found: `answered` (ok, empty) when the echoed command filtered the configuration
 *   for NQA; otherwise `no-template` (a configuration without one) or `wrong-command`.
 */
import { scanPaste } from '../shared/normalise';
import { addHiddenWarnings } from '../shared/hidden-warnings';
import {
  issue,
  result,
  type FieldLines,
  type ParseIssue,
  type ParseResult,
} from '../shared/parse-result';
import type {
  ConfigLine,
  ProbeReference,
  ProbeTemplate,
  ProbeTemplateData,
  SslClientPolicy,
} from '../parsed-types';
import { hasWordAt, isWhiteSpace, isWordAt, skipWhiteSpace, unsignedAt } from '../shared/fast-text';
import {
  commandWord,
  firstWord,
  isHttpLine,
  keywordEnd,
  isPolicyWord,
  isTemplateWord,
  statusRanges,
  urlParts,
  valueAt,
  viewOf,
  type View,
} from './probe-text';

/** Warnings that describe the paste rather than a line the parser failed to read. */
export interface InfoIssue extends ParseIssue {
  severity: 'info';
}

const EXPECTED =
  '`display current-configuration | begin nqa template` (`nqa template <type> <name>` blocks)';

const KNOWN_TYPES = new Set([
  'dns',
  'ftp',
  'http',
  'https',
  'icmp',
  'radius',
  'ssl',
  'tcp',
  'tcphalfopen',
  'udp',
]);

// `display current-configuration | begin nqa template`, `disp cur | inc nqa`, `... configuration nqa`
const STATUS_LIST_MAX = 4096;
// The second word of `display current-configuration | begin nqa` and kin (see isNqaFilter).
const SECOND_WORD = /^dis\S*\s+/i;
const NQA = /nqa/gi;
const CONFIGURATION_NQA = /\bconfiguration\s+nqa\b/gi;
const DISPLAY = /^dis(?:p(?:l(?:a(?:y)?)?)?)?(?:\s|$)/i;

/** `rawIndent` of a typed `raw-request`: only lines shaped like HTTP are its content. */
const SHAPED_ONLY = -1;
/** `rawIndent` in the raw-request view's own prompt: every line is its content. */
const ANY_LINE = -2;

const enum State {
  Outside,
  Template,
  Raw,
  Policy,
}

export function parseProbeTemplate(text: string): ParseResult<ProbeTemplateData> {
  const reader = new BlockReader();
  const { hidden } = scanPaste(
    text,
    (no, raw) => reader.output(no, raw),
    (c) => reader.command(c.no, c.device, c.command),
  );
  const r = reader.finish();
  addHiddenWarnings(r.warnings, hidden);
  return r;
}

class BlockReader {
  private readonly warnings: ParseIssue[] = [];
  private readonly templates: ProbeTemplate[] = [];
  private readonly byKey = new Map<string, ProbeTemplate>();
  private readonly policies: SslClientPolicy[] = [];
  private readonly policyByKey = new Map<string, SslClientPolicy>();
  private readonly references: ProbeReference[] = [];
  private state = State.Outside;
  private tpl: ProbeTemplate | null = null;
  private policy: SslClientPolicy | null = null;
  /** Indent of the block's first body line; -1 before it. 0: typed, read by command word. */
  private bodyIndent = -1;
  /** The block was entered through a prompt's view: its lines are its own, whatever they say. */
  private viewed = false;
  /** Indent of the `raw-request` line (deeper lines are its content), or SHAPED_ONLY / ANY_LINE. */
  private rawIndent = SHAPED_ONLY;
  /** `real-server rs` / `server-farm sf` while inside one (for `probe NAME`). */
  private owner: string | null = null;
  private skipped = 0;
  private firstSkipped: number | null = null;
  private structural = 0;
  private anyText = false;
  private nqaFilter = false;

  command(no: number, device: string, command: string): void {
    const t = command.trim();
    if (DISPLAY.test(t)) {
      // What was typed to get this output, not configuration.
      if (isNqaFilter(t)) this.nqaFilter = true;
      return;
    }
    this.view(viewOf(device), no);
    this.line(no, t, 0);
  }

  output(no: number, raw: string): void {
    let indent = 0;
    while (indent < raw.length && isWhiteSpace(raw.charCodeAt(indent))) indent++;
    if (indent === raw.length) return;
    // Most lines of the other sections need no copy: indented, outside every block, neither a
    // view's `probe` nor a section header that a pager remnant pushed off column 0 (mayOpen).
    if (indent > 0 && this.state === State.Outside) {
      const c = raw.charCodeAt(indent);
      if (!mayOpen(c) && (this.owner === null || !hasWordAt(raw, indent, 'probe '))) {
        this.anyText = true;
        this.skip(no);
        return;
      }
    }
    let t = indent === 0 ? raw : raw.slice(indent);
    if (t.charCodeAt(t.length - 1) > 127 || isWhiteSpace(t.charCodeAt(t.length - 1))) t = t.trim();
    // `[LB-nqatplt-http-hc]expect status 200`: a typed line the prompt reader left in place
    // (`expect` is not one of the command words it knows).
    if (t.charCodeAt(0) === 91 /* [ */) {
      const close = t.indexOf(']');
      const device = close > 1 ? t.slice(1, close) : '';
      if (device !== '' && !/\s/.test(device)) {
        this.view(viewOf(device), no);
        t = t.slice(close + 1).trim();
        indent = 0;
        if (t === '') return;
      }
    }
    this.line(no, t, indent);
  }

  /** A prompt names the view the line `no` is typed in. */
  private view(v: View, no: number): void {
    if (v.kind === 'template') {
      const key = templateKey(v.type, v.name);
      let rec = this.byKey.get(key);
      if (rec === undefined) {
        // Typed in a template view whose `nqa template` line was not pasted: the view names it.
        rec = newTemplate(v.type, v.name, no);
        this.byKey.set(key, rec);
        this.templates.push(rec);
      }
      this.owner = null;
      if (this.tpl !== rec || this.state === State.Outside || this.state === State.Policy) {
        this.endBlock();
        this.tpl = rec;
        this.bodyIndent = 0;
      }
      this.viewed = true;
      this.state = v.raw ? State.Raw : State.Template;
      if (v.raw) this.rawIndent = ANY_LINE;
      return;
    }
    if (v.kind === 'policy') {
      const pol = this.policyNamed(v.name, no);
      this.owner = null;
      if (this.policy !== pol || this.state !== State.Policy) {
        this.endBlock();
        this.policy = pol;
        this.state = State.Policy;
        this.bodyIndent = 0;
      }
      this.viewed = true;
      return;
    }
    this.endBlock();
    this.owner = v.kind === 'owner' ? v.owner : null;
  }

  private line(no: number, t: string, indent: number): void {
    if (t === '') return;
    this.anyText = true;
    const c0 = t.charCodeAt(0);
    // `#`: section separator (and `# ...` comments in typed snippets).
    if (c0 === 35) {
      this.structural++;
      this.endBlock();
      this.owner = null;
      return;
    }
    if (t.length === 4 && isWordAt(t, 0, 4, 'quit')) {
      this.structural++;
      if (this.state === State.Raw) this.state = State.Template;
      else {
        this.endBlock();
        this.owner = null;
      }
      return;
    }
    if (t.length === 6 && isWordAt(t, 0, 6, 'return')) {
      this.structural++;
      this.endBlock();
      this.owner = null;
      return;
    }
    if ((c0 | 32) === 110 && hasWordAt(t, 0, 'nqa template ')) {
      this.openTemplate(no, t);
      return;
    }
    if ((c0 | 32) === 115 && hasWordAt(t, 0, 'ssl client-policy ')) {
      this.openPolicy(no, t);
      return;
    }
    if (this.state === State.Raw) {
      if (
        this.rawIndent === ANY_LINE ||
        isHttpLine(t) ||
        (this.rawIndent >= 0 && indent > this.rawIndent && !isTemplateWord(commandWord(t).word))
      ) {
        this.rawLine(no, t);
        return;
      }
      this.state = State.Template;
    }
    if (this.state === State.Template || this.state === State.Policy) {
      if (this.inBlock(t, indent)) {
        if (this.state === State.Template) this.templateLine(no, t, indent);
        else this.policyLine(no, t);
        return;
      }
      this.endBlock();
    }
    this.outsideLine(no, t, indent);
  }

  /** Whether a line belongs to the open block (see the rules in the header). */
  private inBlock(t: string, indent: number): boolean {
    if (this.bodyIndent < 0) this.bodyIndent = indent;
    if (this.viewed) return true;
    if (this.bodyIndent > 0) return indent > 0;
    if (indent > 0) return true;
    const { word } = commandWord(t);
    return this.state === State.Template ? isTemplateWord(word) : isPolicyWord(word);
  }

  private outsideLine(no: number, t: string, indent: number): void {
    // `probe t4` in real-server / server-farm view.
    if (this.owner !== null && (t.charCodeAt(0) | 32) === 112 && hasWordAt(t, 0, 'probe ')) {
      const from = skipWhiteSpace(t, 6, t.length);
      let end = from;
      while (end < t.length && !isWhiteSpace(t.charCodeAt(end))) end++;
      if (end > from && end === t.length) {
        this.references.push({ template: t.slice(from), owner: this.owner, line: no });
        return;
      }
    }
    // A section header at column 0 (typed snippets have nothing else there), or right after a
    // `#` wherever a pager remnant left it.
    if (indent === 0 || this.owner === null) {
      // Typed snippets put a view's lines at column 0 too: its own commands keep it open (a
      // real server's `server-farm sf`, a farm's `real-server rs port 80` among them).
      const inView = this.owner !== null && isOwnerBodyWord(this.owner, t);
      const c = t.charCodeAt(0) | 32;
      if (!inView && c === 114 && hasWordAt(t, 0, 'real-server ')) this.owner = normalOwner(t);
      else if (!inView && c === 115 && hasWordAt(t, 0, 'server-farm ')) this.owner = normalOwner(t);
      else if (!inView) this.owner = null;
    }
    this.skip(no);
  }

  private openTemplate(no: number, t: string): void {
    this.endBlock();
    this.owner = null;
    // `nqa template TYPE NAME`, read in place: one of these opens every template.
    const n = t.length;
    const typeAt = skipWhiteSpace(t, 13, n);
    let typeEnd = typeAt;
    while (typeEnd < n && !isWhiteSpace(t.charCodeAt(typeEnd))) typeEnd++;
    const nameAt = skipWhiteSpace(t, typeEnd, n);
    let nameEnd = nameAt;
    while (nameEnd < n && !isWhiteSpace(t.charCodeAt(nameEnd))) nameEnd++;
    if (typeEnd === typeAt || nameEnd === nameAt || skipWhiteSpace(t, nameEnd, n) !== n) {
      this.warnings.push(
        issue(
          'unrecognised-line',
          `Expected \`nqa template <type> <name>\`, read "${t.slice(0, 80)}".`,
          no,
        ),
      );
      return;
    }
    const type = t.slice(typeAt, typeEnd);
    const name = t.slice(nameAt, nameEnd);
    if (!KNOWN_TYPES.has(type.toLowerCase()))
      this.warnings.push(
        issue(
          'unknown-template-type',
          `NQA template type "${type.slice(0, 40)}" is not one the command reference lists (dns, ftp, http, https, icmp, radius, ssl, tcp, tcphalfopen, udp): kept as configured.`,
          no,
        ),
      );
    const key = templateKey(type, name);
    let rec = this.byKey.get(key);
    if (rec === undefined) {
      rec = newTemplate(type, name, no);
      this.byKey.set(key, rec);
      this.templates.push(rec);
    }
    rec.lines.push({ no, text: t });
    this.tpl = rec;
    this.state = State.Template;
    this.bodyIndent = -1;
    this.viewed = false;
  }

  private openPolicy(no: number, t: string): void {
    this.endBlock();
    this.owner = null;
    const name = t.slice(18).trim();
    if (name === '' || /\s/.test(name)) {
      this.warnings.push(
        issue(
          'unrecognised-line',
          `Expected \`ssl client-policy <name>\`, read "${t.slice(0, 80)}".`,
          no,
        ),
      );
      return;
    }
    const pol = this.policyNamed(name, no);
    pol.lines.push({ no, text: t });
    this.policy = pol;
    this.state = State.Policy;
    this.bodyIndent = -1;
    this.viewed = false;
  }

  /** The policy of that name, made (starting at line `no`) when it is new. */
  private policyNamed(name: string, no: number): SslClientPolicy {
    const key = name.toLowerCase();
    let pol = this.policyByKey.get(key);
    if (pol === undefined) {
      pol = {
        name,
        version: null,
        preferCipher: null,
        serverVerify: null,
        pkiDomain: null,
        lines: [],
        line: no,
        fieldLines: {},
      };
      this.policyByKey.set(key, pol);
      this.policies.push(pol);
    }
    return pol;
  }

  private templateLine(no: number, t: string, indent: number): void {
    const rec = this.tpl;
    if (rec === null) return;
    rec.lines.push({ no, text: t });
    const fl = rec.fieldLines;
    const undo = hasWordAt(t, 0, 'undo ');
    const p = undo ? skipWhiteSpace(t, 5, t.length) : 0;
    // Keywords are compared in place (no copy of the line): this runs on every template line.
    let q: number;
    let p2: number;
    switch (t.charCodeAt(p) | 32) {
      case 117: // u
        if ((q = keywordEnd(t, p, 'url')) < 0) break;
        if (undo || q === t.length) {
          rec.url = null;
          rec.urlHost = null;
          rec.urlPort = null;
          rec.urlPath = null;
        } else {
          const url = valueAt(t, q);
          rec.url = url;
          const u = urlParts(url);
          rec.urlHost = u.host;
          rec.urlPort = u.port;
          rec.urlPath = u.path;
        }
        fl.url = no;
        return;
      case 101: // e
        if ((q = keywordEnd(t, p, 'expect')) < 0) break;
        q = skipWhiteSpace(t, q, t.length);
        if ((p2 = keywordEnd(t, q, 'status')) >= 0) {
          if (undo) rec.expectStatus = null;
          else {
            const value = valueAt(t, p2);
            // A typed command line holds a few hundred characters: a longer list is not read
            // word by word (millions of words were seconds of garbage collection).
            const { ranges, bad } =
              value.length > STATUS_LIST_MAX
                ? { ranges: [], bad: value }
                : statusRanges(value === '' ? [] : value.split(/\s+/));
            if (bad !== null || ranges.length === 0)
              this.badValue(no, 'expect status', 'a status list such as `200 to 299 302`', t);
            if (ranges.length > 0)
              rec.expectStatus =
                rec.expectStatus === null ? ranges : rec.expectStatus.concat(ranges);
          }
          fl.expectStatus = no;
        } else if ((p2 = keywordEnd(t, q, 'data')) >= 0) {
          // `expect data welcome! offset 2`: the expression is one word.
          rec.expectData = undo ? null : firstWord(t, p2);
          fl.expectData = no;
        }
        return;
      case 118: // v
        if ((q = keywordEnd(t, p, 'version')) >= 0) {
          rec.version = undo ? null : valueAt(t, q) || null;
          fl.version = no;
          return;
        }
        if ((q = keywordEnd(t, p, 'vpn-instance')) >= 0) {
          rec.vpnInstance = undo ? null : valueAt(t, q) || null;
          fl.vpnInstance = no;
          return;
        }
        break;
      case 111: // o
        if ((q = keywordEnd(t, p, 'operation')) < 0) break;
        rec.operation = undo ? null : valueAt(t, q) || null;
        fl.operation = no;
        return;
      case 102: // f
        if ((q = keywordEnd(t, p, 'frequency')) < 0) break;
        rec.frequencyMs = undo ? null : this.number(no, t, q, 'frequency');
        fl.frequencyMs = no;
        return;
      case 112: // p
        if ((q = keywordEnd(t, p, 'probe')) < 0) break;
        q = skipWhiteSpace(t, q, t.length);
        if ((p2 = keywordEnd(t, q, 'timeout')) >= 0) {
          rec.timeoutMs = undo ? null : this.number(no, t, p2, 'probe timeout');
          fl.timeoutMs = no;
        }
        return;
      case 114: // r
        if ((q = keywordEnd(t, p, 'raw-request')) >= 0) {
          rec.rawRequestLine = null;
          rec.rawRequestHost = null;
          if (!undo) {
            // Entering the view clears what was configured in it before (command reference).
            this.state = State.Raw;
            this.rawIndent = indent > 0 ? indent : SHAPED_ONLY;
          }
          return;
        }
        if ((q = keywordEnd(t, p, 'reaction')) < 0) break;
        // `reaction trigger probe-fail 3` / `probe-pass 3` / `per-probe`
        q = skipWhiteSpace(t, q, t.length);
        if ((q = keywordEnd(t, q, 'trigger')) < 0) return;
        q = skipWhiteSpace(t, q, t.length);
        if ((p2 = keywordEnd(t, q, 'probe-fail')) >= 0) {
          rec.reactionProbeFail = undo
            ? null
            : this.number(no, t, p2, 'reaction trigger probe-fail');
          fl.reactionProbeFail = no;
        } else if ((p2 = keywordEnd(t, q, 'probe-pass')) >= 0) {
          rec.reactionProbePass = undo
            ? null
            : this.number(no, t, p2, 'reaction trigger probe-pass');
          fl.reactionProbePass = no;
        } else if (keywordEnd(t, q, 'per-probe') >= 0) {
          rec.reactionPerProbe = !undo;
          fl.reactionPerProbe = no;
        }
        return;
      case 100: // d
        if ((q = keywordEnd(t, p, 'destination')) < 0) break;
        q = skipWhiteSpace(t, q, t.length);
        if ((p2 = keywordEnd(t, q, 'port')) >= 0) {
          rec.destinationPort = undo ? null : this.number(no, t, p2, 'destination port');
          fl.destinationPort = no;
        } else if ((p2 = keywordEnd(t, q, 'ip')) >= 0 || (p2 = keywordEnd(t, q, 'ipv6')) >= 0) {
          rec.destinationIp = undo ? null : valueAt(t, p2) || null;
          fl.destinationIp = no;
        }
        return;
      case 115: // s
        if ((q = keywordEnd(t, p, 'ssl-client-policy')) >= 0) {
          rec.sslClientPolicy = undo ? null : valueAt(t, q) || null;
          fl.sslClientPolicy = no;
          return;
        }
        if ((q = keywordEnd(t, p, 'source')) < 0) break;
        q = skipWhiteSpace(t, q, t.length);
        // `source ip` and `source interface` replace each other (command reference).
        if ((p2 = keywordEnd(t, q, 'ip')) >= 0 || (p2 = keywordEnd(t, q, 'ipv6')) >= 0) {
          rec.sourceIp = undo ? null : valueAt(t, p2) || null;
          if (!undo) {
            rec.sourceInterface = null;
            delete fl.sourceInterface;
          }
          fl.sourceIp = no;
        } else if ((p2 = keywordEnd(t, q, 'interface')) >= 0) {
          rec.sourceInterface = undo ? null : valueAt(t, p2) || null;
          if (!undo) {
            rec.sourceIp = null;
            delete fl.sourceIp;
          }
          fl.sourceInterface = no;
        }
        return;
    }
    if (!isTemplateWord(commandWord(t).word))
      this.warnings.push(
        issue(
          'unknown-template-command',
          `"${t.slice(0, 80)}" is not an NQA template command this parser knows: kept in the template's lines.`,
          no,
        ),
      );
  }

  private rawLine(no: number, t: string): void {
    const rec = this.tpl;
    if (rec === null) return;
    rec.lines.push({ no, text: t });
    if (rec.rawRequestLine === null || rec.rawRequestLine === undefined) {
      rec.rawRequestLine = t;
      rec.fieldLines.rawRequestLine = no;
    } else if (hasWordAt(t, 0, 'host:')) {
      rec.rawRequestHost = t.slice(5).trim() || null;
      rec.fieldLines.rawRequestHost = no;
    }
  }

  private policyLine(no: number, t: string): void {
    const pol = this.policy;
    if (pol === null) return;
    pol.lines.push({ no, text: t });
    const { word, undo, at } = commandWord(t);
    const rest = t.slice(at);
    switch (word) {
      case 'version':
        pol.version = undo ? null : rest || null;
        pol.fieldLines.version = no;
        return;
      case 'prefer-cipher':
        pol.preferCipher = undo ? null : rest || null;
        pol.fieldLines.preferCipher = no;
        return;
      case 'server-verify':
        pol.serverVerify = !undo;
        pol.fieldLines.serverVerify = no;
        return;
      case 'pki-domain':
        pol.pkiDomain = undo ? null : rest || null;
        pol.fieldLines.pkiDomain = no;
        return;
      default:
        if (!isPolicyWord(word))
          this.warnings.push(
            issue(
              'unknown-policy-command',
              `"${t.slice(0, 80)}" is not an SSL client policy command this parser knows: kept in the policy's lines.`,
              no,
            ),
          );
    }
  }

  /** The unsigned number starting at `from` (after blanks), ending at a blank or the line's end. */
  private number(no: number, t: string, from: number, command: string): number | null {
    const start = skipWhiteSpace(t, from, t.length);
    let end = start;
    while (end < t.length && !isWhiteSpace(t.charCodeAt(end))) end++;
    const n = unsignedAt(t, start, end);
    if (n === null) this.badValue(no, command, 'a number', t);
    return n;
  }

  private badValue(no: number, command: string, expected: string, t: string): void {
    this.warnings.push(
      issue('bad-value', `\`${command}\` expects ${expected}; read "${t.slice(0, 80)}".`, no),
    );
  }

  private endBlock(): void {
    this.state = State.Outside;
    this.tpl = null;
    this.policy = null;
    this.bodyIndent = -1;
    this.viewed = false;
  }

  private skip(no: number): void {
    this.skipped++;
    if (this.firstSkipped === null) this.firstSkipped = no;
  }

  finish(): ParseResult<ProbeTemplateData> {
    const warnings = this.warnings;
    if (!this.anyText && !this.nqaFilter)
      return result<ProbeTemplateData>(null, [issue('empty-input', 'The paste is empty.')], []);
    if (this.skipped > 0) {
      const info: InfoIssue = {
        ...issue(
          'outside-template',
          `${this.skipped} line(s) of other configuration (outside any nqa template or ssl client-policy block) were skipped.`,
          this.firstSkipped,
        ),
        severity: 'info',
      };
      warnings.push(info);
    }
    const value: ProbeTemplateData = {
      templates: this.templates,
      sslClientPolicies: this.policies,
      references: this.references,
      answered: this.templates.length > 0 || this.nqaFilter,
    };
    if (this.templates.length > 0 || this.nqaFilter) return result(value, [], warnings);
    const code = this.structural > 0 ? 'no-template' : 'wrong-command';
    const msg =
      code === 'no-template'
        ? `This configuration has no \`nqa template <type> <name>\` block; expected ${EXPECTED}.`
        : `Expected ${EXPECTED}; this paste has none.`;
    return result<ProbeTemplateData>(null, [issue(code, msg)], warnings);
  }
}

function templateKey(type: string, name: string): string {
  return `${type.toLowerCase()} ${name.toLowerCase()}`;
}

function newTemplate(type: string, name: string, no: number): ProbeTemplate {
  return {
    type,
    name,
    destinationPort: null,
    destinationIp: null,
    timeoutMs: null,
    frequencyMs: null,
    url: null,
    expectStatus: null,
    expectData: null,
    version: null,
    operation: null,
    vpnInstance: null,
    sourceIp: null,
    sslClientPolicy: null,
    reactionProbeFail: null,
    reactionProbePass: null,
    urlHost: null,
    urlPort: null,
    urlPath: null,
    sourceInterface: null,
    reactionPerProbe: false,
    rawRequestLine: null,
    rawRequestHost: null,
    lines: [] as ConfigLine[],
    line: no,
    fieldLines: {} as FieldLines,
  };
}

/**
 * A line starting with this character may open a block or a real-server / server-farm view
 * (`nqa template`, `ssl client-policy`, `real-server`, `server-farm`), or be `quit` / `#` / a
 * prompt: never skipped unread, whatever its indent.
 */
function mayOpen(c: number): boolean {
  const l = c | 32;
  return l === 110 || l === 115 || l === 114 || l === 113 || c === 35 || c === 91;
}

/** `real-server  rs` → `real-server rs` (the line itself when it is that already). */
export function normalOwner(t: string): string {
  const sp = t.indexOf(' ');
  if (sp > 0 && t.indexOf(' ', sp + 1) < 0 && !/[^ -~]/.test(t)) return t;
  // `t.split(/\s+/).slice(0, 2).join(' ')` without cutting up the rest of the line (a line of
  // millions of words was seconds of garbage collection).
  const n = t.length;
  let e1 = 0;
  while (e1 < n && !isWhiteSpace(t.charCodeAt(e1))) e1++;
  if (e1 === n) return t;
  const s2 = skipWhiteSpace(t, e1, n);
  let e2 = s2;
  while (e2 < n && !isWhiteSpace(t.charCodeAt(e2))) e2++;
  return `${t.slice(0, e1)} ${t.slice(s2, e2)}`;
}

// Real-server and server-farm view commands that typed snippets put at column 0 (H3C LB command
// reference): they keep the view open, anything else is a new section.
const OWNER_BODY = new Set([
  'ip',
  'ipv6',
  'port',
  'weight',
  'priority',
  'probe',
  'success-criteria',
  'connection-limit',
  'rate-limit',
  'bandwidth',
  'slow-shutdown',
  'shutdown',
  'description',
  'vpn-instance',
  'predictor',
  'transparent',
  'fail-action',
  'activate',
  'slow-online',
  'selected-server',
  'snat-pool',
  'cost',
  'undo',
]);

function isOwnerBodyWord(owner: string, t: string): boolean {
  const word = commandWord(t).word;
  if (word === 'server-farm') return owner.startsWith('real-server ');
  if (word === 'real-server') return owner.startsWith('server-farm ');
  return OWNER_BODY.has(word);
}

/**
 * `display current-configuration | begin nqa`, `dis saved-configuration configuration nqa`, `dis th
 * | include nqa`: what was typed asks for NQA configuration only. The regex this replaces,
 * `/^dis\S*\s+(?:cu|sa|th)\S*.*(?:\|.*nqa|\bconfiguration\s+nqa\b)/i`, tried every split of the
 * command between `\S*` and `.*`: 28 s on an echo of 50 000 dashes (issue #15). Each regex here
 * runs once from one place.
 */
export function isNqaFilter(command: string): boolean {
  const head = SECOND_WORD.exec(command);
  if (head === null) return false;
  const at = head[0].length;
  const word = command.slice(at, at + 2).toLowerCase();
  if (word !== 'cu' && word !== 'sa' && word !== 'th') return false;
  const bar = command.indexOf('|', at + 2);
  if (bar >= 0) {
    NQA.lastIndex = bar + 1;
    if (NQA.test(command)) return true;
  }
  CONFIGURATION_NQA.lastIndex = at + 2;
  return CONFIGURATION_NQA.test(command);
}
