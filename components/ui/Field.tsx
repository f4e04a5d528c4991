import type { ReactNode } from 'react';
import { useT } from './i18n';

/** ARIA props a control needs to point at its hint and error. */
export interface ControlProps {
  id: string;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
}

/**
 * A labelled control with an optional hint and an inline error right after it. The control is
 * rendered by `children(props)` so it gets the matching id, aria-invalid and aria-describedby.
 */
export function Field({
  id, label, hint, error, required, className, children,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  required?: boolean;
  className?: string;
  children: (props: ControlProps) => ReactNode;
}) {
  const t = useT();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field-invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>
        {label}
        {required && <span className="required">{t('ui.required')}</span>}
      </label>
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
      {hint && <small id={hintId} className="hint">{hint}</small>}
      {error && (
        <small id={errorId} className="error">
          <span aria-hidden="true">⚠ </span>{error}
        </small>
      )}
    </div>
  );
}

/** A checkbox with its label after it, and an inline error. */
export function CheckField({
  id, label, error, children,
}: {
  id: string;
  label: ReactNode;
  error?: string;
  children: (props: ControlProps) => ReactNode;
}) {
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={`field field-check${error ? ' field-invalid' : ''}`}>
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': errorId })}
      <label htmlFor={id}>{label}</label>
      {error && <small id={errorId} className="error"><span aria-hidden="true">⚠ </span>{error}</small>}
    </div>
  );
}
