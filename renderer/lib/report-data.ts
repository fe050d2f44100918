/** Read an array field of one check's data from a report, defensively. Pure. */
import type { CheckId } from '../../shared/checks';
import type { Report } from '../../shared/report';
import { arr } from './evidence-util';

export function findCheckData(report: Report | null, id: CheckId, field: string): Record<string, unknown>[] {
  const data = report?.checks.find((c) => c.id === id)?.data;
  return data ? arr(data[field]) : [];
}
