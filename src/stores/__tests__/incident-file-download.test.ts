// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { asWizardState, type WizardState } from '@/domain/wizard-state';
import { downloadIncidentFile, incidentFile, incidentFileName } from '../incident-file-download';

const state: WizardState = {
  pastes: [
    { step: 'farm-status', text: 'display server-farm', at: Date.UTC(2026, 11, 4, 3, 0, 0) },
    { step: 'ping', text: 'ping 10.0.0.1', at: null },
  ],
  answers: {},
  server: null,
  farm: 'sf',
  skipped: ['session'],
};

describe('incident file', () => {
  it('holds the whole state as the one current incident, read back by the state check', () => {
    const now = Date.UTC(2026, 11, 4, 3, 30, 0);
    const file = incidentFile(state, now);
    expect(file).toMatchObject({ format: 'slb-wizard-incidents', version: 1 });
    expect(file.incidents).toHaveLength(1);
    expect(file.incidents[0]).toMatchObject({
      id: 'current',
      title: null,
      created: '2026-12-04T03:00:00.000Z',
      updated: '2026-12-04T03:30:00.000Z',
    });
    const back = JSON.parse(JSON.stringify(file)) as typeof file;
    expect(asWizardState(back.incidents[0]?.state)).toEqual(state);
    expect(incidentFileName(new Date(2026, 11, 4, 9, 5).getTime())).toBe(
      'incident-20261204-0905.json',
    );
  });

  it('downloads it as JSON through a temporary link', async () => {
    const clicked: Array<{ download: string; href: string }> = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push({ download: this.download, href: this.href });
    });
    let blob: Blob | null = null;
    URL.createObjectURL = (b: Blob | MediaSource) => {
      blob = b as Blob;
      return 'blob:incident';
    };
    URL.revokeObjectURL = () => {};
    downloadIncidentFile(state);
    click.mockRestore();
    expect(clicked).toHaveLength(1);
    expect(clicked[0]?.download).toMatch(/^incident-\d{8}-\d{4}\.json$/);
    expect(document.querySelectorAll('a[download]')).toHaveLength(0);
    const text = await (blob as unknown as Blob).text();
    expect(
      (JSON.parse(text) as { incidents: Array<{ state: unknown }> }).incidents[0]?.state,
    ).toEqual(state);
  });
});
