/** "Export Excel": every scenario (with the Scenarios comparison sheet) or only the one on screen. */
import type { Case } from '@shared/case/schema';
import { ExportScopeButton } from './ExportScopeButton';

export function ExportExcelButton({ doc, si }: { doc: Case; si: number }) {
  return <ExportScopeButton kind="xlsx" doc={doc} si={si} />;
}
