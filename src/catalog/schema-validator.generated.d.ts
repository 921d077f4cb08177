/** Types for schema-validator.generated.js (ajv standalone code; scripts/generate-schema-validator.js). */
import type { ValidateFunction } from 'ajv';

declare const validate: ValidateFunction;
export default validate;
