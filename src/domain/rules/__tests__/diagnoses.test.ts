import { describe, expect, it } from 'vitest';
import { diagnosisIds, type Localized } from '../../run-types';
import { emptyContext } from '../context';
import { diagnose } from '../diagnoses';
import { ctxWith, seedServers } from './helpers';

const texts = (l: Localized) => [l['en-US'], l['zh-CN']];
const seedCtx = ctxWith({
  farm: 'test-01',
  failedServers: seedServers,
  target: seedServers[1] ?? null,
  lostServer: '10.197.44.200',
  reth: 'Reth2',
  rethMember: 'Route-Aggregation1.1973',
  aggregate: 'Route-Aggregation1',
  lagMode: 'dynamic',
  selectedPorts: ['XGE1/1/0'],
  unselectedPorts: ['XGE1/1/1'],
  peerAggregate: 'Bridge-Aggregation33',
  peerMode: 'static',
});

describe('diagnosis catalogue', () => {
  for (const ctx of [emptyContext(), seedCtx]) {
    it.each(diagnosisIds)(
      `%s has a title, a cause and blocks in both languages (${ctx.farm ?? 'empty context'})`,
      (id) => {
        const d = diagnose(id, { ctx, findings: [], stoppedAt: 'lag', next: [] });
        expect(d.id).toBe(id);
        for (const s of [...texts(d.title), ...texts(d.cause)]) expect(s.trim()).not.toBe('');
        const all = JSON.stringify(d);
        expect(all).not.toMatch(/undefined|\bnull\b|\[object/);
        for (const b of [...d.fix, ...d.rollback]) {
          expect(b.commands.length).toBeGreaterThan(0);
          expect(b.view[0] === 'system-view' || b.view[0] === 'shell').toBe(true);
        }
        for (const v of d.verify) expect(v.command).not.toBe('');
        if (id === 'inconclusive') {
          expect(d.known?.length).toBeGreaterThan(0);
          expect(d.next?.length).toBeGreaterThan(0);
        } else if (!['farm-healthy', 'slow-online'].includes(id)) {
          expect(d.fix.length).toBeGreaterThan(0);
        }
      },
    );
  }

  it('lacp-mode-mismatch with the LB static and the peer dynamic fixes the LB first', () => {
    const d = diagnose('lacp-mode-mismatch', {
      ctx: { ...seedCtx, lagMode: 'static', peerMode: 'dynamic' },
      findings: [],
      stoppedAt: 'peer-config',
      next: [],
    });
    expect(d.fix[0]).toMatchObject({
      view: ['system-view', 'interface Route-Aggregation1'],
      commands: ['link-aggregation mode dynamic'],
    });
    expect(d.fix[1]).toMatchObject({
      view: ['system-view', 'interface Bridge-Aggregation33'],
      alternative: true,
    });
  });

  it('real-server-shutdown names each server', () => {
    const d = diagnose('real-server-shutdown', {
      ctx: ctxWith({ shutdownServers: ['bbs-1'], farm: 'sf' }),
      findings: [],
      stoppedAt: 'farm-status',
      next: [],
    });
    expect(d.fix).toEqual([
      {
        device: expect.anything(),
        view: ['system-view', 'real-server bbs-1'],
        commands: ['undo shutdown'],
      },
    ]);
    expect(d.verify[0]?.command).toBe('display server-farm name sf');
  });
});
