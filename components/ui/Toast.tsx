import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { useT } from './i18n';

export interface ToastMessage {
  message: string;
  action?: { label: string; onClick: () => void | Promise<void> };
  /** Move keyboard focus to the action (e.g. after the focused row was deleted). */
  focusAction?: boolean;
}

const ToastContext = createContext<(toast: ToastMessage) => void>(() => {});

/** Shows a short message (optionally with one action such as Undo) in a polite live region. */
export function useToast(): (toast: ToastMessage) => void {
  return useContext(ToastContext);
}

const TOAST_MS = 12_000;

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toast, setToast] = useState<(ToastMessage & { n: number }) | null>(null);
  const counter = useRef(0);
  const t = useT();
  const show = useCallback((next: ToastMessage) => setToast({ ...next, n: ++counter.current }), []);

  const actionRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (toast?.focusAction) actionRef.current?.focus();
  }, [toast]);

  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(() => setToast((current) => (current?.n === toast.n ? null : current)), TOAST_MS);
    return () => clearTimeout(timer);
  }, [toast]);

  return (
    <ToastContext.Provider value={show}>
      {children}
      <div className="toast-region" role="status" aria-live="polite">
        {toast && (
          <div className="toast" key={toast.n}>
            <span>{toast.message}</span>
            {toast.action && (
              <button
                ref={actionRef}
                type="button"
                onClick={async () => {
                  const action = toast.action!;
                  setToast(null);
                  await action.onClick();
                }}
              >
                {toast.action.label}
              </button>
            )}
            <button type="button" className="toast-close" aria-label={t('ui.dismiss')} onClick={() => setToast(null)}>
              ×
            </button>
          </div>
        )}
      </div>
    </ToastContext.Provider>
  );
}
