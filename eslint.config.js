import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'prisma/generated/**',
      'client/schema.ts',
      'coverage/**',
      'data/**',
      '*.js',
      'bin/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // a comma where '||' was meant turns a long condition into its last operand and still type-checks
      'no-sequences': ['error', { allowInParentheses: false }],
    },
  },
);
