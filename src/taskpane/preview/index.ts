export {
  createPreviewPort,
  isPreviewPort,
  type PreviewPort,
  type PreviewDocument as PreviewDocumentState,
} from './preview-port';
export { PreviewDocument } from './PreviewDocument';
