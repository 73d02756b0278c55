/** The Checks tab's content, loaded with the rules when first shown. */
import { useCallback, useMemo } from 'react';
import type { Design } from '@/model/design';
import type { FieldPath, Finding } from '@/model/rules';
import { ChecksPanel } from '@/features/checks/ChecksPanel';
import { toCheckItems } from '@/features/checks/check-groups';
import { fieldLabel } from '@/features/design-form/field-help';
import type { SchemaIssue } from './design-session';

interface ChecksViewProps {
  findings: Finding[];
  schemaIssues: SchemaIssue[];
  design: Design;
  onSelectField: (path: FieldPath) => void;
  onApplyFix: (finding: Finding) => void;
}

export default function ChecksView({
  findings,
  schemaIssues,
  design,
  onSelectField,
  onApplyFix,
}: ChecksViewProps) {
  const items = useMemo(() => toCheckItems(findings, schemaIssues, design), [findings, schemaIssues, design]);
  const labelFor = useCallback((path: FieldPath) => fieldLabel(path, design), [design]);
  return (
    <ChecksPanel
      items={items}
      design={design}
      labelFor={labelFor}
      onSelect={onSelectField}
      onApplyFix={onApplyFix}
    />
  );
}
