import { OptionalBody } from './index.js';

const client = new OptionalBody({ baseURL: 'http://127.0.0.1:9' });
export const sent = client.messages.create({ Body: 'hi' });
