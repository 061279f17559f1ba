import { Box, Table, Text } from "@mantine/core";
import type { MeasureDefinition } from "@mentalverse/shared";
import { CartesianGrid, Line, LineChart, ReferenceArea, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatDate } from "../../lib/format.js";
import { type HistoryPoint, SHORT_NAMES } from "./meaning.js";

// From calm to alarming; WHO-5 runs the other way (higher is better), so its bands are coloured in reverse.
const SHADES = ["#d3f9d8", "#fff3bf", "#ffe8cc", "#ffd8a8", "#ffc9c9"];

function bandShade(index: number, count: number, higherIsBetter: boolean): string {
  const position = higherIsBetter ? count - 1 - index : index;
  const scaled = count <= 1 ? 0 : Math.round((position * (SHADES.length - 1)) / (count - 1));
  return SHADES[scaled] ?? SHADES[0] ?? "#eee";
}

/**
 * One's own scores over time on the severity bands. The picture is hidden from screen readers,
 * which get the same facts as a summary and a table.
 */
export function ScoreChart({ def, results }: { def: MeasureDefinition; results: HistoryPoint[] }) {
  const data = results.map((r) => ({ date: formatDate(r.completedAt), score: r.score }));
  const low = def.bands[0]?.min ?? 0;
  const high = def.bands.at(-1)?.max ?? 0;
  const higherIsBetter = def.polarity === "higher-is-better";
  return (
    <Box component="figure" m={0}>
      <Box aria-hidden="true" h={220}>
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={data} margin={{ top: 8, right: 12, bottom: 8, left: -16 }}>
            {def.bands.map((band, index) => (
              <ReferenceArea
                key={band.band}
                y1={Math.max(low, band.min - 0.5)}
                y2={Math.min(high, band.max + 0.5)}
                fill={bandShade(index, def.bands.length, higherIsBetter)}
                fillOpacity={0.8}
                ifOverflow="hidden"
              />
            ))}
            <CartesianGrid strokeDasharray="3 3" stroke="#ced4da" />
            <XAxis dataKey="date" tick={{ fontSize: 12 }} />
            <YAxis domain={[low, high]} allowDecimals={false} tick={{ fontSize: 12 }} />
            <Tooltip />
            <Line type="monotone" dataKey="score" name="Score" stroke="#364fc7" strokeWidth={2} dot={{ r: 4 }} />
          </LineChart>
        </ResponsiveContainer>
      </Box>
      <Text component="figcaption" size="sm" c="dimmed" mt={4}>
        Shaded bands, from the bottom: {def.bands.map((b) => `${b.label} (${b.min} to ${b.max})`).join("; ")}.
      </Text>
      <Box component="details" mt="xs">
        <Text component="summary" size="sm" style={{ cursor: "pointer" }}>
          Show your {SHORT_NAMES[def.id]} scores as a table
        </Text>
        <Table mt="xs" withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Date</Table.Th>
              <Table.Th scope="col">Score</Table.Th>
              <Table.Th scope="col">Band</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {results.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>{formatDate(r.completedAt)}</Table.Td>
                <Table.Td>{r.score}</Table.Td>
                <Table.Td>{r.bandLabel}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Box>
    </Box>
  );
}
