import { applicationSchemaRule } from './application-schema.js';
import type { Rule } from './context.js';
import { destinationRule } from './destination.js';
import { externalValuesRule } from './external-values.js';
import { clusterLabelRule, namePatternRule, uniqueNamesRule } from './identity.js';
import { objectFieldsRule, objectUniqueRule } from './objects.js';
import { applicationProjectRule } from './projects.js';
import { emptyValueFilesRule, pathsExistRule, targetRevisionRules } from './sources.js';
import { clusterValuesRule, orphanValuesRule } from './topology-rules.js';
import { syncWaveFormatRule, syncWaveOrderRule } from './waves.js';

export type { Rule, RuleContext } from './context.js';

/** The rendered-object, Application and topology rules, in reporting order. */
export const RULES: readonly Rule[] = [
  objectFieldsRule,
  objectUniqueRule,
  applicationSchemaRule,
  uniqueNamesRule,
  applicationProjectRule,
  emptyValueFilesRule,
  pathsExistRule,
  syncWaveFormatRule,
  syncWaveOrderRule,
  namePatternRule,
  clusterLabelRule,
  destinationRule,
  targetRevisionRules,
  clusterValuesRule,
  orphanValuesRule,
  externalValuesRule,
];
