import { Box, Card, SimpleGrid, Stack, Table, Text } from "@mantine/core";
import type { ReactNode } from "react";

export interface Column<T> {
  header: string;
  cell: (row: T) => ReactNode;
}

interface ResponsiveTableProps<T> {
  caption: string;
  rows: T[];
  rowKey: (row: T) => string;
  columns: Column<T>[];
  /** Card heading on narrow screens; the first column is used when omitted. */
  cardTitle?: (row: T) => ReactNode;
  minWidth?: number;
}

/**
 * A table from 768 px up (scrolling inside its own focusable region if still too wide), and a
 * stack of labelled cards below that, so nothing forces the page to scroll sideways.
 */
export function ResponsiveTable<T>({
  caption,
  rows,
  rowKey,
  columns,
  cardTitle,
  minWidth = 720,
}: ResponsiveTableProps<T>) {
  const [first, ...rest] = columns;
  return (
    <>
      <Box visibleFrom="sm" style={{ overflowX: "auto" }} tabIndex={0} role="region" aria-label={caption}>
        <Table striped highlightOnHover verticalSpacing="sm" miw={minWidth}>
          <Table.Caption style={{ captionSide: "top", textAlign: "left" }}>{caption}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              {columns.map((column) => (
                <Table.Th key={column.header} scope="col">
                  {column.header}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={rowKey(row)}>
                {columns.map((column) => (
                  <Table.Td key={column.header}>{column.cell(row)}</Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Box>
      <Stack hiddenFrom="sm" gap="sm" component="ul" p={0} m={0} aria-label={caption} style={{ listStyle: "none" }}>
        {rows.map((row) => (
          <Card key={rowKey(row)} component="li" withBorder padding="sm">
            <Text fw={600} mb={6}>
              {cardTitle ? cardTitle(row) : first?.cell(row)}
            </Text>
            <SimpleGrid cols={1} spacing={6} component="dl" m={0}>
              {(cardTitle ? columns : rest).map((column) => (
                <div key={column.header}>
                  <Text component="dt" size="xs" c="dimmed" fw={600}>
                    {column.header}
                  </Text>
                  <Text component="dd" size="sm" m={0}>
                    {column.cell(row)}
                  </Text>
                </div>
              ))}
            </SimpleGrid>
          </Card>
        ))}
      </Stack>
    </>
  );
}
