export const MAIN_ID = "main-content";

/** The first focusable element on every page: jumps past the header and navigation. */
export function SkipLink() {
  return (
    <a className="skip-link" href={`#${MAIN_ID}`}>
      Skip to main content
    </a>
  );
}
