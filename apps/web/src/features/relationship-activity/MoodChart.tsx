import { Box, Stack, Table, Text } from "@mantine/core";
import { MOOD_LABELS, type MoodSeries } from "@mentalverse/shared";
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatDate, formatDateTime } from "../../lib/format.js";
import { describeSummary, moodText, summariseSeries } from "./mood.js";

// Each member's line differs in colour, dash and dot shape, so the two are told apart without colour.
const STYLES = [
  { stroke: "#364fc7", dash: undefined, dot: "circle" },
  { stroke: "#a84b00", dash: "6 4", dot: "square" },
] as const;

const shortDate = new Intl.DateTimeFormat(undefined, { day: "numeric", month: "short" });

/**
 * Both members' moods over time. The picture is hidden from screen readers, which get the same
 * facts as a summary per member and a table of every point.
 */
export function MoodChart({ series }: { series: MoodSeries[] }) {
  const rows = series
    .flatMap((s) => s.points.map((p) => ({ name: s.member.displayName, at: p.at, mood: p.mood })))
    .sort((a, b) => a.at.localeCompare(b.at));
  return (
    <Box component="figure" m={0}>
      <Box aria-hidden="true" h={240}>
        <ResponsiveContainer width="100%" height="100%">
          <LineChart margin={{ top: 8, right: 12, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="#ced4da" />
            <XAxis
              dataKey="time"
              type="number"
              scale="time"
              domain={["dataMin", "dataMax"]}
              tickFormatter={(time: number) => shortDate.format(new Date(time))}
              tick={{ fontSize: 12 }}
            />
            <YAxis
              domain={[1, 5]}
              ticks={[1, 2, 3, 4, 5]}
              allowDecimals={false}
              width={72}
              tickFormatter={(mood: number) => MOOD_LABELS[mood] ?? String(mood)}
              tick={{ fontSize: 12 }}
            />
            <Tooltip
              labelFormatter={(time) => formatDateTime(new Date(Number(time)).toISOString())}
              formatter={(mood) => moodText(Number(mood))}
            />
            <Legend />
            {series.map((s, index) => {
              const style = STYLES[index % STYLES.length] ?? STYLES[0];
              return (
                <Line
                  key={s.member.id}
                  data={s.points.map((p) => ({ time: Date.parse(p.at), mood: p.mood }))}
                  dataKey="mood"
                  name={s.member.displayName}
                  type="monotone"
                  stroke={style.stroke}
                  strokeDasharray={style.dash}
                  strokeWidth={2}
                  dot={style.dot === "square" ? <SquareDot /> : { r: 4 }}
                  legendType={style.dot}
                  isAnimationActive={false}
                />
              );
            })}
          </LineChart>
        </ResponsiveContainer>
      </Box>
      <Stack component="figcaption" gap={2} mt={4}>
        {summariseSeries(series).map((summary) => (
          <Text key={summary.name} size="sm">
            {describeSummary(summary)}
          </Text>
        ))}
      </Stack>
      <Box component="details" mt="xs">
        <Text component="summary" size="sm" style={{ cursor: "pointer" }}>
          Show the moods as a table
        </Text>
        <Table mt="xs" withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Date</Table.Th>
              <Table.Th scope="col">Who</Table.Th>
              <Table.Th scope="col">Mood</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={`${row.name}-${row.at}`}>
                <Table.Td>{formatDate(row.at)}</Table.Td>
                <Table.Td>{row.name}</Table.Td>
                <Table.Td>{moodText(row.mood)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Box>
    </Box>
  );
}

/** recharts passes the point's position; a filled square marks the second member's line. */
function SquareDot(props: { cx?: number; cy?: number; stroke?: string }) {
  const { cx, cy, stroke } = props;
  if (cx === undefined || cy === undefined) return null;
  return <rect x={cx - 4} y={cy - 4} width={8} height={8} fill={stroke} />;
}
