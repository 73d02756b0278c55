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
 * An icon button with a hint, drawn in CSS. Used where the app paints first: MUI's Tooltip would
 * bring a positioning engine into the first download for a label.
 */
export function IconAction({ label, hint, hintAlign = 'center', sx, ...props }: IconActionProps) {
  return (
    <IconButton
      {...props}
      aria-label={label}
      data-hint={hint ? `${label} (${hint})` : label}
      sx={[
        {
          position: 'relative',
          '&::after': {
            content: 'attr(data-hint)',
            position: 'absolute',
            top: 'calc(100% + 6px)',
            ...(hintAlign === 'center' ? { left: '50%', transform: 'translateX(-50%)' } : { right: 0 }),
            px: 1,
            py: 0.5,
            borderRadius: 1,
            bgcolor: 'grey.800',
            color: 'common.white',
            fontSize: '0.75rem',
            fontWeight: 500,
            lineHeight: 1.4,
            whiteSpace: 'nowrap',
            pointerEvents: 'none',
            opacity: 0,
            transition: 'opacity 100ms',
            zIndex: 'tooltip',
          },
          '&:hover::after, &:focus-visible::after': { opacity: 1, transitionDelay: '350ms' },
        },
        ...(Array.isArray(sx) ? sx : [sx]),
      ]}
    />
  );
}
