/** KeyHaven's mark: a padlock (inline SVG, so it renders without an emoji font). */
export function Logo() {
  return (
    <svg width="20" height="20" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <rect x="4" y="10" width="16" height="11" rx="2" fill="#f0b429" />
      <path d="M8 10V7a4 4 0 0 1 8 0v3" fill="none" stroke="#f0b429" strokeWidth="2.2" />
      <circle cx="12" cy="15.5" r="1.8" fill="#141a2a" />
    </svg>
  );
}
