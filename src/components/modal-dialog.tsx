import { useEffect, useRef, type ReactNode, type RefObject } from 'react';

interface ModalDialogProps {
  labelledBy: string;
  onClose: () => void;
  className?: string;
  /** Receives the dialog so buttons inside can close it (which then calls onClose). */
  children: (dialog: RefObject<HTMLDialogElement | null>) => ReactNode;
}

/**
 * A native modal <dialog>, shown as soon as it mounts: focus is trapped and Escape closes it
 * without any script of ours. The parent unmounts it from onClose.
 */
export function ModalDialog({
  labelledBy,
  onClose,
  className = 'max-w-lg',
  children,
}: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);
  return (
    <dialog
      ref={ref}
      aria-labelledby={labelledBy}
      onClose={onClose}
      className={`m-auto rounded-lg border border-slate-400 bg-white p-5 text-slate-900 backdrop:bg-black/40 dark:bg-slate-900 dark:text-slate-100 ${className}`}
    >
      {children(ref)}
    </dialog>
  );
}
