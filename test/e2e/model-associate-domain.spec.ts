import { associateDomainModel } from '../support/model/associateDomainModel';
import { associateDomainUi } from './support/associateDomainUi';
import { describeUiReplay } from './support/describeUiReplay';

/** Account › Domains, from a store prepared with the scene each path starts from. */
describeUiReplay(associateDomainModel, associateDomainUi);
