import { Alert, type CSSVariablesResolver, createTheme } from "@mantine/core";

/**
 * Colours chosen for WCAG AA: Mantine's default shade 6 gives white text only 3.6:1 and its
 * "dimmed" grey 3.3:1 on white, so filled colours use shade 8 and secondary text uses grey 7.
 */
export const theme = createTheme({
  primaryColor: "indigo",
  primaryShade: { light: 8, dark: 8 },
  defaultRadius: "md",
  fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
  headings: { fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif" },
  components: {
    // Alert titles default to the palette's shade 9, which is below 4.5:1 on some light tints.
    Alert: Alert.extend({ styles: { title: { color: "var(--mantine-color-black)" } } }),
  },
});

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    "--mantine-color-dimmed": "var(--mantine-color-gray-7)",
    "--mantine-color-placeholder": "var(--mantine-color-gray-6)",
    "--mantine-color-error": "var(--mantine-color-red-9)",
    "--mantine-color-anchor": "var(--mantine-color-indigo-8)",
  },
  dark: {},
});
