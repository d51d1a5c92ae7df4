export { stepNames } from '@/domain/graph/step-names';
