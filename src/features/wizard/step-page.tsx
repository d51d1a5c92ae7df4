import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { commandLabels } from '@/domain/parsers/command-ids';
import { commandsForStep } from '@/domain/parsers/step-commands';
import { isStepId, type StepId } from '@/domain/wizard-state';
import { commitPaste, replaceWizard, useWizardStore } from '@/stores/wizard-store';
import { withSkipped } from '@/domain/wizard-state';
import { pathProgress } from '@/domain/graph/path-progress';
import { useL, useLang, useT } from '@/i18n/use-t';
import { ChoiceBox } from './choice-box';
import { CommandList } from './command-list';
import { FindingsList } from './findings-list';
import { NextBox } from './next-box';
import { lineAnchorId, PasteCard } from './paste-card';
import { PasteInput } from './paste-input';
import { PathDiagram } from './path-diagram';
import { StepNav } from './step-nav';
import { stepNames } from './step-titles';
import { runPasteName } from './paste-name';
import { SortSummaryCard } from './sort-summary';
import { useRun, useRunError, useRunPending } from './use-run';
import { NotFoundPage } from './not-found-page';

// The yes/no questions show on some steps only: their code loads beside the page, started now,
// so it is there when a step needs it. (The chooser is not: it is the next action when it shows,
// and the page scrolls to it at once.)
const questionsBoxLoaded = import('./questions-box');
const QuestionsBox = lazy(() => questionsBoxLoaded.then((m) => ({ default: m.QuestionsBox })));

export function expectedFor(step: StepId): string {
  const ids = commandsForStep(step).filter(
    (c): c is keyof typeof commandLabels => c in commandLabels,
  );
  return [...new Set(ids.map((c) => commandLabels[c]))].join(', ');
}

// Read once the incident is diagnosed: loaded on demand, like the diagnosis page.
const VerifyPage = lazy(() => import('./verify-page').then((m) => ({ default: m.VerifyPage })));

/** "I cannot run this here" is what the user said: it goes into the state like a paste. */
function setSkipped(step: StepId, skip: boolean): void {
  replaceWizard(withSkipped(useWizardStore.getState().wizard, step, skip));
}

export function StepPage() {
  const { stepId } = useParams();
  if (!isStepId(stepId)) return <NotFoundPage />;
  if (stepId === 'verify')
    return (
      <Suspense fallback={<p role="status">…</p>}>
        <VerifyPage />
      </Suspense>
    );
  return <StepView key={stepId} step={stepId} />;
}

function StepView({ step }: { step: StepId }) {
  const t = useT();
  const l = useL();
  const lang = useLang();
  const run = useRun();
  const pending = useRunPending();
  const runError = useRunError();
  const navigate = useNavigate();
  const stepRun = run.steps.find((s) => s.step === step);
  const index = run.steps.findIndex((s) => s.step === step);

  useEffect(() => {
    document.title = `${stepNames[step][lang]} — ${t('appTitle')}`;
  }, [step, lang, t]);

  // Alt+← / Alt+→ walk the path.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight')) return;
      e.preventDefault();
      if (e.key === 'ArrowLeft') {
        const prev = run.steps[index - 1];
        navigate(prev ? `/step/${prev.step}` : '/');
      } else {
        const d = stepRun?.decision;
        if (d) navigate('step' in d.to ? `/step/${d.to.step}` : '/diagnosis');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [run, index, stepRun, navigate]);

  // After "Analyse", once the run is in, bring the verdict and the next action into view and move
  // the focus there: the findings may start a screen or two below the paste box.
  const reveal = useRef(false);
  useEffect(() => {
    if (!reveal.current || pending) return;
    reveal.current = false;
    // When the run waits for a choice, the choice is the next action; otherwise the Next box.
    const target = document.querySelector<HTMLElement>(
      '[data-step] [data-choice][data-next-action], [data-step] #next-heading',
    );
    const box = target?.matches('[data-choice]') ? target : target?.closest('section');
    const heading = box?.querySelector<HTMLElement>('h2');
    if (!box || !heading) return;
    const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    const block = box === target ? 'start' : 'end';
    box.scrollIntoView({ block, behavior: still ? 'auto' : 'smooth' });
    heading.focus({ preventScroll: true });
    // Parts that arrive a moment later (the parsed tables, loaded on first use) push the box down
    // again: while the page settles, keep it in view, until the user scrolls or types themselves.
    const settle = new ResizeObserver(() => {
      const r = box.getBoundingClientRect();
      if (box.isConnected && (r.bottom > window.innerHeight || r.top < 0))
        box.scrollIntoView({ block });
    });
    const stop = () => {
      settle.disconnect();
      for (const e of intents) window.removeEventListener(e, stop);
    };
    const intents = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;
    for (const e of intents) window.addEventListener(e, stop, { passive: true });
    settle.observe(document.body);
    window.setTimeout(stop, 1500);
  }, [run, pending]);

  const [addingAnother, setAddingAnother] = useState(false);
  const expected = expectedFor(step);
  const progress = pathProgress(run, step);
  const pasteCount = stepRun?.pastes.length ?? 0;
  const pasteBox = (
    <section className="card" aria-label={pasteCount ? t('pasteAnother') : t('pasteLabel')}>
      <PasteInput
        key={pasteCount}
        label={pasteCount ? t('pasteAnother') : `${t('pasteLabel')} (${expected})`}
        autoFocus={addingAnother}
        onCommit={(text) => {
          commitPaste(step, pasteCount, text);
          setAddingAnother(false);
          reveal.current = true;
        }}
      />
    </section>
  );

  return (
    <div className="grid gap-6 lg:grid-cols-[14rem_1fr]">
      <StepNav run={run} active={step} />
      <div data-step={step} className="min-w-0 space-y-4">
        <SortSummaryCard route={`/step/${step}`} />
        {!stepRun ? (
          <div className="card space-y-2">
            <h1>{stepNames[step][lang]}</h1>
            <p>{t('stepNotReached')}</p>
            {run.current && (
              <Link to={`/step/${run.current}`}>
                {t('goToStep', { step: stepNames[run.current][lang] })}
              </Link>
            )}
          </div>
        ) : (
          <>
            <header>
              <p className="m-0 text-sm text-muted" data-progress>
                {progress
                  ? t(progress.exact ? 'stepOfPath' : 'stepOfPathUpTo', {
                      n: progress.n,
                      m: progress.m,
                    })
                  : t('stepOf', { n: index + 1 })}
              </p>
              <h1 className="m-0">{l(stepRun.title)}</h1>
            </header>
            {pending && (
              <p role="status" className="m-0 font-medium">
                {t('parsing')}
              </p>
            )}
            {runError && (
              <p role="alert" className="m-0 font-medium text-red-800 dark:text-red-300">
                {t('engineFailed', { message: runError })}
              </p>
            )}
            {stepRun.choice && (
              <ChoiceBox
                choice={stepRun.choice}
                decision={stepRun.decision}
                diagnosisTitle={run.diagnosis ? l(run.diagnosis.title) : null}
              />
            )}
            <CommandList commands={stepRun.commands} headingId="run-this-heading" />
            {stepRun.skipped ? (
              <div className="card space-y-2" data-skipped-note>
                <p className="m-0">
                  <span aria-hidden="true">↷ </span>
                  {t('skippedNote')}
                </p>
                <button
                  type="button"
                  className="btn btn-secondary"
                  onClick={() => setSkipped(step, false)}
                >
                  {t('unskip')}
                </button>
              </div>
            ) : (
              run.current === step &&
              stepRun.pastes.length === 0 && (
                <div className="flex flex-wrap items-center gap-3" data-skip>
                  <button
                    type="button"
                    className="btn btn-secondary"
                    onClick={() => {
                      setSkipped(step, true);
                      reveal.current = true;
                    }}
                  >
                    {t('cannotRunHere')}
                  </button>
                  <span className="text-sm text-muted">{t('cannotRunHereHelp')}</span>
                </div>
              )
            )}
            {stepRun.pastes.length === 0 && pasteBox}
            {stepRun.pastes.map((p) => (
              <PasteCard
                key={`${p.index}-${p.text.length}`}
                step={step}
                paste={p}
                findings={stepRun.findings}
                expected={expected}
                count={stepRun.pastes.length}
              />
            ))}
            <section aria-labelledby="findings-heading" className="space-y-2" data-findings>
              <h2 id="findings-heading">{t('findingsTitle')}</h2>
              <FindingsList
                findings={stepRun.findings}
                lineAnchor={lineAnchorId}
                step={step}
                pasteNameOf={(s, p) => runPasteName(run, s, p, t('pasteLabel'))}
              />
            </section>
            <PathDiagram run={run} />
            {stepRun.questions.length > 0 && (
              <Suspense fallback={<p role="status">…</p>}>
                <QuestionsBox questions={stepRun.questions} />
              </Suspense>
            )}
            <NextBox
              stepRun={stepRun}
              diagnosisTitle={run.diagnosis ? l(run.diagnosis.title) : null}
            />
            {stepRun.pastes.length > 0 &&
              (stepRun.decision && !addingAnother ? (
                // A finished step keeps no empty box under it: one button opens it when needed.
                <button
                  type="button"
                  className="btn btn-secondary"
                  data-paste-another
                  onClick={() => setAddingAnother(true)}
                >
                  {t('pasteAnother')}
                </button>
              ) : (
                pasteBox
              ))}
          </>
        )}
      </div>
    </div>
  );
}
