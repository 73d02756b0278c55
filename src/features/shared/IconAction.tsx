import IconButton, { type IconButtonProps } from '@mui/material/IconButton';

interface IconActionProps extends Omit<IconButtonProps, 'aria-label'> {
  /** The accessible name, also shown as a hint on hover and keyboard focus. */
  label: string;
  /** Extra words for the hint only, such as the keyboard shortcut. */
  hint?: string;
  /** Which way the hint extends: centred under the button, or leftwards (at the right edge). */
  hintAlign?: 'center' | 'end';
}

/**
 * An icon button with a hint, drawn in CSS (`.icon-action` in app/shell.css, static: nothing to
 * insert at runtime). Used where the app paints first: MUI's Tooltip would bring a positioning
 * engine into the first download for a label.
 */
export function IconAction({ label, hint, hintAlign = 'center', className, ...props }: IconActionProps) {
  return (
    <IconButton
      {...props}
      className={className ? `icon-action ${className}` : 'icon-action'}
      aria-label={label}
      data-hint={hint ? `${label} (${hint})` : label}
      data-hint-align={hintAlign}
    />
  );
}
