export { default } from '../../../features/notes/handler';
