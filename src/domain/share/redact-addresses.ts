/**
 * Stand-ins for addresses, handed out in order of first appearance and the same for the same
 * value in every paste (see redact.ts for the whole scheme).
 *
 * - IPv4: renumbered octet by octet (first octet from 10, the others from 0, the host octet from
 *   1), so addresses that shared a /8, /16 or /24 still do and ones that did not still do not. A
 *   network's .0 and a broadcast's .255 keep their host octet. Masks are kept only where a mask
 *   stands (see `isMaskPosition`): `255.255.255.0` after an address or a `mask` label, not a
 *   `3.255.255.255` or `192.0.0.0` that is a host.
 * - IPv6: each /64 becomes 2001:db8:<n>::/64 and each interface ID in it ::<m>, so addresses of
 *   one subnet stay in one subnet; link-local addresses stay fe80::<m>; `::`, `::1` and multicast
 *   are kept; `::ffff:10.1.1.1` keeps its form with the IPv4 part mapped like any IPv4 address.
 * - MAC: each distinct address (whatever its spelling) becomes one from the documentation range
 *   00-00-5e-00-53-xx (then locally administered 02-…), written the way the original was. The
 *   all-zero "no partner" ID, broadcast and multicast MACs are kept.
 */

export interface AddressMaps {
  /** Prefix tree of IPv4 octets: key is the original prefix ("10", "10.197"), value the new octet. */
  v4: Map<string, number>;
  /** Next octet to hand out under each new prefix ("" for the first octet). */
  v4Next: Map<string, number>;
  /** Original /64 (8 bytes as hex) → index of its stand-in network. */
  v6Nets: Map<string, number>;
  /** `<new net index>/<original interface ID>` → stand-in interface ID. */
  v6Hosts: Map<string, number>;
  /** Next interface ID to hand out per stand-in network (and for fe80::). */
  v6Next: Map<string, number>;
  /** 12 lower-case hex digits → 12 lower-case hex digits. */
  macs: Map<string, string>;
  /** Whole tokens already answered (a 10 MB table repeats its few addresses): token → stand-in. */
  seen: Map<string, string>;
}

export function newAddressMaps(): AddressMaps {
  return {
    v4: new Map(),
    v4Next: new Map(),
    v6Nets: new Map(),
    v6Hosts: new Map(),
    v6Next: new Map(),
    macs: new Map(),
    seen: new Map(),
  };
}

export function octetsOf(address: string): number[] | null {
  const parts = address.split('.');
  if (parts.length !== 4) return null;
  const octets = parts.map((p) => (/^\d{1,3}$/.test(p) ? Number(p) : NaN));
  return octets.every((o) => o >= 0 && o <= 255) ? octets : null;
}

/** Contiguous ones then zeros (255.255.255.252), or the reverse (a wildcard, 0.0.0.255). */
function isMaskShaped(octets: number[]): boolean {
  const n = ((octets[0]! << 24) | (octets[1]! << 16) | (octets[2]! << 8) | octets[3]!) >>> 0;
  const isNetmask = (x: number) => (x | (x - 1)) >>> 0 === 0xffffffff || x === 0;
  const isWildcard = (x: number) => (x & (x + 1)) >>> 0 === 0;
  return isNetmask(n) || isWildcard(n);
}

// What stands before a mask on its line: an address (`ip address 10.1.1.1 255.255.255.0`,
// `rule permit source 10.1.1.0 0.0.0.255`) or a label (`Mask: `, `netmask `, `Subnet mask  : `).
const beforeMask = /(?:(?:^|[^\d.])(?:\d{1,3}\.){3}\d{1,3}|mask|wildcard)[\s:=]*$/i;

/** A mask-shaped address is a mask only where a mask stands; anywhere else it is a host. */
function isMaskPosition(whole: string, offset: number): boolean {
  const lineStart = whole.lastIndexOf('\n', offset - 1) + 1;
  return beforeMask.test(whole.slice(Math.max(lineStart, offset - 80), offset));
}

function mapV4(maps: AddressMaps, octets: number[]): string {
  const out: number[] = [];
  let oldPrefix = '';
  let newPrefix = '';
  octets.forEach((octet, level) => {
    oldPrefix = level === 0 ? String(octet) : `${oldPrefix}.${octet}`;
    // A network (.0) or broadcast (.255) host octet keeps its meaning: it stays as it is.
    let mapped = level === 3 && (octet === 0 || octet === 255) ? octet : maps.v4.get(oldPrefix);
    if (mapped === undefined) {
      const start = level === 0 ? 10 : level === 3 ? 1 : 0;
      const next = maps.v4Next.get(newPrefix) ?? start;
      // Past 255 stand-ins under one prefix (no real paste holds that many), wrap rather than fail.
      mapped = next > 255 ? start + ((next - start) % (256 - start)) : next;
      maps.v4Next.set(newPrefix, next + 1);
      maps.v4.set(oldPrefix, mapped);
    }
    out.push(mapped);
    newPrefix = level === 0 ? String(mapped) : `${newPrefix}.${mapped}`;
  });
  return out.join('.');
}

/** The stand-in of an IPv4 address at `offset` of `whole`, or the address itself when it is kept. */
export function redactV4(
  maps: AddressMaps,
  address: string,
  whole: string,
  offset: number,
): string {
  const known = maps.seen.get(address);
  if (known !== undefined) return known;
  const octets = octetsOf(address);
  if (!octets) return address;
  if (address === '0.0.0.0' || address === '255.255.255.255') return address;
  // A mask's answer depends on where it stands, so it is not remembered.
  if (isMaskShaped(octets)) return isMaskPosition(whole, offset) ? address : mapV4(maps, octets);
  const mapped = mapV4(maps, octets);
  maps.seen.set(address, mapped);
  return mapped;
}

/** Eight 16-bit groups of an IPv6 address (an IPv4 tail counts as two), or null. */
function groupsOf(token: string): number[] | null {
  let head = token;
  const tail: number[] = [];
  const v4 = /(?:^|:)((?:\d{1,3}\.){3}\d{1,3})$/.exec(token);
  if (v4) {
    const o = octetsOf(v4[1]!);
    if (!o) return null;
    tail.push((o[0]! << 8) | o[1]!, (o[2]! << 8) | o[3]!);
    head = token.slice(0, token.length - v4[1]!.length);
    if (head.endsWith(':') && !head.endsWith('::')) head = head.slice(0, -1);
  }
  const halves = head.split('::');
  if (halves.length > 2) return null;
  const parse = (s: string) => (s === '' ? [] : s.split(':'));
  const left = parse(halves[0]!);
  const right = halves.length === 2 ? parse(halves[1]!) : [];
  if (![...left, ...right].every((g) => /^[0-9A-Fa-f]{1,4}$/.test(g))) return null;
  const given = left.length + right.length + tail.length;
  if (halves.length === 1 ? given !== 8 : given > 7) return null;
  const zeros = new Array<number>(8 - given).fill(0);
  return [
    ...left.map((g) => parseInt(g, 16)),
    ...zeros,
    ...right.map((g) => parseInt(g, 16)),
    ...tail,
  ];
}

function hostIndex(maps: AddressMaps, net: string, id: string): number {
  const key = `${net}/${id}`;
  let n = maps.v6Hosts.get(key);
  if (n === undefined) {
    n = (maps.v6Next.get(net) ?? 0) + 1;
    maps.v6Next.set(net, n);
    maps.v6Hosts.set(key, n);
  }
  return n;
}

/**
 * The stand-in of an IPv6 address (its `%zone` and `/prefix` stay outside the token), or null
 * when `token` is not one (a time `13:53:05`, a MAC `90:23:b4:6c:44:00`).
 */
export function redactV6(maps: AddressMaps, token: string): string | null {
  const known = maps.seen.get(token);
  if (known !== undefined) return known;
  const mapped = mapV6(maps, token);
  if (mapped !== null) maps.seen.set(token, mapped);
  return mapped;
}

function mapV6(maps: AddressMaps, token: string): string | null {
  const g = groupsOf(token);
  if (!g) return null;
  const hex = g.map((x) => x.toString(16).padStart(4, '0'));
  const id = hex.slice(4).join('');
  const isZero = (from: number, to: number) => g.slice(from, to).every((x) => x === 0);
  if (isZero(0, 8)) return token;
  if (isZero(0, 7) && g[7] === 1) return token;
  if (g[0]! >= 0xff00) return token;
  // `::ffff:10.1.1.1` (IPv4-mapped) and `::10.1.1.1` (IPv4-compatible): the IPv4 part is mapped.
  const v4 = /^(.*:)((?:\d{1,3}\.){3}\d{1,3})$/.exec(token);
  if (v4 && isZero(0, 5) && (g[5] === 0xffff || g[5] === 0)) {
    const octets = [g[6]! >> 8, g[6]! & 255, g[7]! >> 8, g[7]! & 255];
    return `${v4[1]}${mapV4(maps, octets)}`;
  }
  if ((g[0]! & 0xffc0) === 0xfe80) {
    if (isZero(4, 8)) return token;
    return `fe80::${hostIndex(maps, 'fe80', id).toString(16)}`;
  }
  const netKey = hex.slice(0, 4).join('');
  let net = maps.v6Nets.get(netKey);
  if (net === undefined) {
    net = maps.v6Nets.size + 1;
    maps.v6Nets.set(netKey, net);
  }
  const prefix = `2001:db8:${net.toString(16)}::`;
  if (isZero(4, 8)) return prefix;
  return `${prefix}${hostIndex(maps, String(net), id).toString(16)}`;
}

/**
 * The stand-in of a MAC address in any Comware spelling (`9023-b46c-4400`, `90:23:b4:6c:44:00`,
 * `90-23-B4-6C-44-00`, `9023.b46c.4400`), written the same way.
 */
export function redactMac(maps: AddressMaps, token: string): string {
  const known = maps.seen.get(token);
  if (known !== undefined) return known;
  const mapped = mapMac(maps, token);
  maps.seen.set(token, mapped);
  return mapped;
}

function mapMac(maps: AddressMaps, token: string): string {
  const digits = token.replace(/[^0-9A-Fa-f]/g, '');
  if (digits.length !== 12) return token;
  const key = digits.toLowerCase();
  // All-zero ("no LACP partner"), broadcast and multicast (group bit set: LACP, LLDP, STP).
  if (/^0{12}$|^f{12}$/.test(key) || (parseInt(key.slice(0, 2), 16) & 1) === 1) return token;
  let mapped = maps.macs.get(key);
  if (mapped === undefined) {
    const n = maps.macs.size + 1;
    mapped =
      n < 256
        ? `00005e0053${n.toString(16).padStart(2, '0')}`
        : `02${n.toString(16).padStart(10, '0')}`;
    maps.macs.set(key, mapped);
  }
  const upper = /[A-F]/.test(token) && !/[a-f]/.test(token);
  let i = 0;
  // Same separators at the same places, same case.
  const out = token.replace(/[0-9A-Fa-f]/g, () => mapped[i++]!);
  return upper ? out.toUpperCase() : out;
}
