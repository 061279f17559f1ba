import { Group, NativeSelect, TextInput } from "@mantine/core";
import { ROLE_LABELS, ROLES, type Role } from "@mentalverse/shared";
import { useEffect, useState } from "react";

interface UserFiltersProps {
  q: string;
  role: Role | undefined;
  onChange(next: { q: string; role: Role | undefined }): void;
}

const DEBOUNCE_MS = 300;

/** Search as you type (debounced) and a role filter; the page keeps both in the URL. */
export function UserFilters({ q, role, onChange }: UserFiltersProps) {
  const [text, setText] = useState(q);

  // The timer dies with the component, so a pending search never fires after leaving the page.
  useEffect(() => {
    if (text.trim() === q) return;
    const timer = setTimeout(() => onChange({ q: text.trim(), role }), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, q, role, onChange]);

  return (
    <Group align="flex-end" gap="sm" mb="md" role="search" aria-label="Filter members">
      <TextInput
        label="Search"
        description="Email or display name"
        type="search"
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        style={{ flex: "1 1 220px" }}
      />
      <NativeSelect
        label="Role"
        value={role ?? ""}
        onChange={(event) =>
          onChange({ q: text.trim(), role: (event.currentTarget.value || undefined) as Role | undefined })
        }
        data={[{ value: "", label: "Any role" }, ...ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))]}
        style={{ flex: "0 1 200px" }}
      />
    </Group>
  );
}
