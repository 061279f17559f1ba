import {
  MeasureHistoryResponseSchema,
  type MeasureInstrument,
  MeasureInstrumentsResponseSchema,
  SaveMeasureResponseSchema,
} from "@mentalverse/shared";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../lib/api.js";
import { SCREENING_KEY } from "../screening/queries.js";

export const MEASURES_KEY = ["measures"] as const;

export function useInstruments() {
  return useQuery({
    queryKey: [...MEASURES_KEY, "instruments"],
    queryFn: () => api.get("/api/measures/instruments", MeasureInstrumentsResponseSchema),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useMeasureHistory() {
  return useQuery({
    queryKey: [...MEASURES_KEY, "history"],
    queryFn: () => api.get("/api/measures/history", MeasureHistoryResponseSchema),
  });
}

export function useSaveMeasure(instrument: MeasureInstrument) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (answers: Record<string, number | null>) =>
      api.put(`/api/measures/responses/${instrument}`, SaveMeasureResponseSchema, { answers }),
    onSuccess: (saved) => {
      void client.invalidateQueries({ queryKey: [...MEASURES_KEY, "history"] });
      // A PHQ-9 item 9 above 0 asks for the safety screening, which changes the screening status.
      if (saved.screeningRequired) void client.invalidateQueries({ queryKey: SCREENING_KEY });
    },
  });
}
