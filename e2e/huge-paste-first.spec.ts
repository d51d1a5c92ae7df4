/**
 * A huge paste shows the block that matters first (#16): `display session table ipv4 verbose`
 * without a filter lists every client's session; the probe's, near the end, is the one the
 * findings cite, and it heads the parsed table, with the others after it.
 */
import { expect, openApp, pasteAndAnalyse, seed, test } from './fixtures';

function clientSession(i: number): string {
  const ip = `10.20.${Math.floor(i / 250)}.${(i % 250) + 1}`;
  const port = 40000 + i;
  return [
    'Initiator:',
    `  Source      IP/port: ${ip}/${port}`,
    '  Destination IP/port: 10.197.44.201/80',
    '  DS-Lite tunnel peer: -',
    '  VPN instance/VLAN ID/Inline ID: HLW/-/-',
    '  Protocol: TCP(6)',
    '  Inbound interface: Reth1',
    'Responder:',
    '  Source      IP/port: 10.197.44.201/80',
    `  Destination IP/port: ${ip}/${port}`,
    '  DS-Lite tunnel peer: -',
    '  VPN instance/VLAN ID/Inline ID: HLW/-/-',
    '  Protocol: TCP(6)',
    '  Inbound interface: Reth2',
    'State: TCP_ESTABLISHED',
    'Application: HTTP',
    'Rule ID: -/-/-',
    'Rule name:',
    'Start time: 2023-06-25 13:50:11  TTL: 1198s',
    'Initiator->Responder:           12 packets       1460 bytes',
    'Responder->Initiator:           10 packets       9120 bytes',
    '',
  ].join('\n');
}

test('a session table of 120 client sessions shows the probe’s session first', async ({ page }) => {
  const probe = seed.session.split('\n').slice(2).join('\n');
  const clients = Array.from({ length: 120 }, (_, i) => clientSession(i)).join('\n');
  const paste = `[L5030]display session table ipv4 verbose\nSlot 1:\n${clients}\n${probe}`;
  await openApp(page, 'en-US', '#/step/farm-status');
  await pasteAndAnalyse(page, seed.farm);
  await page.goto('/#/step/ping');
  await pasteAndAnalyse(page, seed.pingLoss);
  await pasteAndAnalyse(page, seed.pingOk);
  await page.goto('/#/step/session');
  await pasteAndAnalyse(page, paste);
  const step = page.locator('[data-step="session"]');
  await expect(step.locator('[data-cited-first]')).toContainText('come first');
  const firstRow = step.getByRole('table').first().locator('tbody tr').first();
  await expect(firstRow).toContainText('10.197.0.122');
  await expect(firstRow).toContainText('TCP_SYN_SENT');
});
