/**
 * Styles for text that screen readers read but the screen does not show. Sizes are strings: `sx`
 * reads a bare 1 as 100 %, which made the text as wide as its container and the page scroll sideways.
 */
export const visuallyHidden = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  margin: '-1px',
  padding: 0,
  border: 0,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;
