// What the rest of the dashboard (the story editor) uses from the media feature.
export { MediaPicker } from './MediaPicker';
export { MediaThumb } from './MediaThumb';
export { UploadDropzone } from './UploadDropzone';
export { uploadMediaFile } from './upload-file';
