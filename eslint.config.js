// Lint: typescript-eslint's type-checked recommended rules over src, test and bench.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Comparing a role id by hand: the Guía's role rules are predicates of src/domain. */
const ROLE_COMPARISONS = [
  {
    selector: "BinaryExpression[operator=/^[!=]==?$/][right.type='Literal']:matches([left.property.name='role'], [left.name='role'])",
    message: 'Ask a predicate of src/domain (duties.ts, permissions.ts) instead of comparing role ids.',
  },
  {
    selector: "BinaryExpression[operator=/^[!=]==?$/][left.type='Literal']:matches([right.property.name='role'], [right.name='role'])",
    message: 'Ask a predicate of src/domain (duties.ts, permissions.ts) instead of comparing role ids.',
  },
];

export default tseslint.config(
  { ignores: ['dist/**', 'data/**', 'drizzle/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Adapters and fakes implement Promise-returning interfaces; `async` keeps a throw a rejection.
      '@typescript-eslint/require-await': 'off',
      // Sanitizers strip control characters on purpose.
      'no-control-regex': 'off',
      // `const { a, ...rest } = x` drops `a` on purpose.
      // A variable a shutdown handler reads before start-up assigns it stays `let`.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    // The Guía's role rules live in src/domain.
    files: ['src/**/*.ts'],
    ignores: ['src/domain/**'],
    rules: {
      'no-restricted-syntax': ['error', ...ROLE_COMPARISONS],
    },
  },
  {
    // SQL lives in src/store (and role rules in src/domain, as everywhere).
    files: ['src/**/*.ts'],
    ignores: ['src/domain/**', 'src/store/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...ROLE_COMPARISONS,
        { selector: "CallExpression[callee.property.name='prepare']", message: 'SQL belongs in src/store.' },
        { selector: "TaggedTemplateExpression[tag.name='sql']", message: 'SQL belongs in src/store.' },
      ],
    },
  },
  {
    // Tests read JSON from the store and the bot's output to assert on it.
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  { files: ['**/*.js', '**/*.cjs'], ...tseslint.configs.disableTypeChecked },
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } } },
);
