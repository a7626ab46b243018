/** The API key every client sends to the local servers; a placeholder, never a real credential. */
export const FAKE_KEY = 'bench-not-a-real-key';
