import { useEffect } from "react";

export const APP_NAME = "MentalVerse";

/** Each screen names itself in the tab title, which screen readers announce on navigation. */
export function usePageTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · ${APP_NAME}` : `${APP_NAME} Peer Mentorship`;
  }, [title]);
}
