/**
 * The Reth whose block is being read. Its record is made when the block ends, every field and
 * `fieldLines` key at once and each list at its final length: on a paste of tens of thousands of
 * Reths, records grown key by key and lists grown by `push` (which reserves 16 slots) were most of
 * the garbage-collection work. Key order is the order the old key-by-key code gave.
 */
import type { ConfigLine } from '../parsed-types';
import type { FieldLines } from '../shared/parse-result';
import type { RethDetail, RethMemberDetail } from './reth-types';

export class OpenReth {
  name = '';
  line = 0;
  source: RethDetail['source'] = 'display';
  redundancyGroup: string | null = null;
  description: string | null = null;
  vpnInstance: string | null = null;
  // Lists reused from block to block; only the first `memberCount` / `configCount` are this block's.
  private readonly members: RethMemberDetail[] = [];
  private memberCount = 0;
  private readonly configLines: ConfigLine[] = [];
  private configCount = 0;
  // fieldLines, 0 while unread (line numbers start at 1).
  private groupLine = 0;
  private membersLine = 0;
  private descriptionLine = 0;
  private vpnLine = 0;
  // A display block sets redundancyGroup and members, a configuration block description and
  // vpnInstance: which of its two keys was set first.
  private groupFirst = false;
  private descriptionFirst = false;

  start(name: string, line: number, source: RethDetail['source']): void {
    this.name = name;
    this.line = line;
    this.source = source;
    this.redundancyGroup = null;
    this.description = null;
    this.vpnInstance = null;
    this.memberCount = 0;
    this.configCount = 0;
    this.groupLine = 0;
    this.membersLine = 0;
    this.descriptionLine = 0;
    this.vpnLine = 0;
  }

  setGroup(value: string | null, no: number): void {
    if (this.groupLine === 0) this.groupFirst = this.membersLine === 0;
    this.redundancyGroup = value;
    this.groupLine = no;
  }

  setMembersLine(no: number): void {
    this.membersLine = no;
  }

  setDescription(value: string, no: number): void {
    if (this.descriptionLine === 0) this.descriptionFirst = this.vpnLine === 0;
    this.description = value;
    this.descriptionLine = no;
  }

  setVpnInstance(value: string, no: number): void {
    this.vpnInstance = value;
    this.vpnLine = no;
  }

  addMember(m: RethMemberDetail): void {
    this.members[this.memberCount++] = m;
  }

  addConfigLine(no: number, text: string): void {
    this.configLines[this.configCount++] = { no, text };
  }

  record(): RethDetail {
    return {
      name: this.name,
      redundancyGroup: this.redundancyGroup,
      members: this.members.slice(0, this.memberCount),
      source: this.source,
      description: this.description,
      vpnInstance: this.vpnInstance,
      configLines: this.configLines.slice(0, this.configCount),
      line: this.line,
      fieldLines: this.source === 'display' ? this.displayLines() : this.configurationLines(),
    };
  }

  private displayLines(): FieldLines {
    const name = this.line;
    const group = this.groupLine;
    const members = this.membersLine;
    if (group === 0) return members === 0 ? { name } : { name, members };
    if (members === 0) return { name, redundancyGroup: group };
    return this.groupFirst
      ? { name, redundancyGroup: group, members }
      : { name, members, redundancyGroup: group };
  }

  private configurationLines(): FieldLines {
    const name = this.line;
    const description = this.descriptionLine;
    const vpnInstance = this.vpnLine;
    if (description === 0) return vpnInstance === 0 ? { name } : { name, vpnInstance };
    if (vpnInstance === 0) return { name, description };
    return this.descriptionFirst
      ? { name, description, vpnInstance }
      : { name, vpnInstance, description };
  }
}
