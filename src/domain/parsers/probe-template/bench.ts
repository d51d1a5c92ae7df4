/**
 * A large `display current-configuration | begin nqa template` for the bench script (`npm run
 * bench`): thousands of templates of every kind the fixtures show, then what `begin` prints after
 * them (interfaces, real servers with their `probe`, server farms), most of the text.
 */
import { parseProbeTemplate } from './parse-probe-template';

function templates(n: number): string {
  const port = 8000 + (n % 1000);
  return [
    `nqa template http hc-web-${n}`,
    ` url http://app${n}.example.com:${port}/health.html`,
    ' version v1.1',
    ' expect status 200 to 399',
    ' probe timeout 5000',
    ' frequency 3000',
    ' reaction trigger probe-fail 2',
    ' vpn-instance HLW',
    '#',
    `nqa template https hc-tls-${n}`,
    ` url https://portal${n}.example.com/status`,
    ' ssl-client-policy cp1',
    ' expect status 200',
    '#',
    `nqa template http hc-raw-${n}`,
    ' operation raw',
    ' raw-request',
    '  GET /health HTTP/1.1',
    `  Host: app${n}.example.com`,
    ' expect status 200 302',
    '#',
    `nqa template tcp hc-${port}-${n}`,
    ` destination port ${port}`,
    ' vpn-instance HLW',
    '#',
  ].join('\n');
}

function rest(n: number): string {
  const ip = `10.${(n >> 8) & 255}.${n & 255}`;
  return [
    `interface Route-Aggregation${n + 1}.1973`,
    ` description to-server-${n}`,
    ' ip binding vpn-instance HLW',
    ` ip address ${ip}.1 255.255.255.0`,
    ' vlan-type dot1q vid 1973',
    '#',
    `real-server rs-${n}`,
    ` ip address ${ip}.200`,
    ' port 80',
    ` server-farm sf-${n >> 2}`,
    ' vpn-instance HLW',
    ` probe hc-web-${n >> 3}`,
    '#',
    `server-farm sf-${n}`,
    ' success-criteria at-least 1',
    ` probe hc-${8000 + (n % 1000)}-${n >> 3}`,
    '#',
  ].join('\n');
}

export function generateBeginNqaTemplate(targetBytes: number): string {
  const parts = ['[L5000S-L-01]display current-configuration | begin nqa template'];
  let size = parts[0]?.length ?? 0;
  // An eighth templates (thousands: far more than a device holds), the rest what follows them.
  for (let n = 0; size < targetBytes / 8; n++) {
    const b = templates(n);
    parts.push(b);
    size += b.length + 1;
  }
  for (let n = 0; size < targetBytes; n++) {
    const b = rest(n);
    parts.push(b);
    size += b.length + 1;
  }
  parts.push('return');
  return parts.join('\n');
}

export const benchCases = [
  {
    name: 'probe templates (display current-configuration | begin nqa template)',
    generate: generateBeginNqaTemplate,
    parse: (text: string): unknown => parseProbeTemplate(text),
  },
];
