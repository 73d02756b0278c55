import type { ButtonHTMLAttributes } from 'react';

interface IconActionProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'aria-label' | 'color'> {
  /** The accessible name, also shown as a hint on hover and keyboard focus. */
  label: string;
  /** Extra words for the hint only, such as the keyboard shortcut. */
  hint?: string;
  /** Which way the hint extends: centred under the button, or leftwards (at the right edge). */
  hintAlign?: 'center' | 'end';
  /** medium: 40 px, as MUI's IconButton; small: 30 px. */
  size?: 'small' | 'medium';
  /** The surrounding text's colour (in a bar), or the theme's colour for actions. */
  color?: 'inherit' | 'default';
}

/**
 * An icon button with a hint, drawn in CSS (`.icon-action` in app/shell.css, static: nothing to
 * insert at runtime). Used where the app paints first: MUI's IconButton would serialise and insert
 * its styles, and its Tooltip would bring a positioning engine into the first download for a label.
 */
export function IconAction({
  label,
  hint,
  hintAlign = 'center',
  size = 'medium',
  color = 'default',
  className,
  ...props
}: IconActionProps) {
  return (
    <button
      type="button"
      {...props}
      className={['icon-action', `icon-action-${size}`, `icon-action-${color}`, className]
        .filter(Boolean)
        .join(' ')}
      aria-label={label}
      data-hint={hint ? `${label} (${hint})` : label}
      data-hint-align={hintAlign}
    />
  );
}
