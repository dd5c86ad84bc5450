import { main } from './main';

export { main };
