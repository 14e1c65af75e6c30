import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/unit/**/*.test.ts'],
    // Crash-safety and CLI tests spawn processes and derive SQLCipher keys: give them room.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks'
  }
})
