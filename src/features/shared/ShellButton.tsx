/**
 * The first screen's labelled buttons, styled by app/shell.css (static CSS): MUI's Button would
 * serialise and insert a set of styles for each variant at runtime before the first paint. They look
 * like MUI's text and contained buttons, as the rest of the app's buttons do.
 */
import type { ButtonHTMLAttributes, ReactNode } from 'react';

interface ShellButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /** text: the bar's colour, no background; contained: the primary colour. */
  variant?: 'text' | 'contained';
  /** An icon before the label. */
  startIcon?: ReactNode;
}

export function ShellButton({
  variant = 'text',
  startIcon,
  className,
  children,
  ...props
}: ShellButtonProps) {
  return (
    <button
      type="button"
      {...props}
      className={['shell-button', `shell-button-${variant}`, className].filter(Boolean).join(' ')}
    >
      {startIcon && <span className="shell-button-icon">{startIcon}</span>}
      {children}
    </button>
  );
}

/** Contained buttons joined into one control (a split button: an action and its menu). */
export function ShellButtonGroup({ children }: { children: ReactNode }) {
  return (
    <div role="group" className="shell-button-group">
      {children}
    </div>
  );
}
